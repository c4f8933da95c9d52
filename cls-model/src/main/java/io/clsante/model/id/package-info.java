/**
 * Official identifiers as small immutable value types: {@link io.clsante.model.id.Siren},
 * {@link io.clsante.model.id.Siret}, {@link io.clsante.model.id.Finess},
 * {@link io.clsante.model.id.Rna} and the INSEE geographic codes
 * {@link io.clsante.model.id.CodeCommune}, {@link io.clsante.model.id.CodeDepartement},
 * {@link io.clsante.model.id.CodeRegion}.
 *
 * <p>Each type reads its text with {@code parse}, which checks the format and any check digit and
 * throws {@link io.clsante.model.id.InvalidIdentifierException} stating the value and what was
 * expected; {@code toString()} prints exactly what {@code parse} reads; {@code isValid} answers
 * without throwing. In JSON, identifiers are plain strings.
 */
package io.clsante.model.id;
