/**
 * The JUnit Jupiter integration of the testkit (JUnit 5.12 and later, JUnit 6 included):
 * {@link io.clsante.testkit.junit.ContratsGeneres} feeds generated contracts to a parameterized test,
 * replays one seed on demand and shrinks a failing case to its smallest size.
 *
 * <p>JUnit is a {@code provided} dependency: the suite that uses this package brings its own.
 */
package io.clsante.testkit.junit;
