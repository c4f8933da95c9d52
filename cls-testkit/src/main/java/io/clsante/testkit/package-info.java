/**
 * Test support for applications that handle Contrats Locaux de Santé, usable from any test
 * framework: {@link io.clsante.testkit.ContratGenerator} generates valid, realistic contracts from a
 * seed and a size; {@link io.clsante.testkit.Mutations} lists targeted invalid changes, each with the
 * one ERROR it causes; {@link io.clsante.testkit.ReportAssertions} checks validation reports;
 * {@link io.clsante.testkit.ContratsDeReference} gives the project's reference contracts as
 * fixtures. The JUnit integration is in {@link io.clsante.testkit.junit}.
 */
package io.clsante.testkit;
