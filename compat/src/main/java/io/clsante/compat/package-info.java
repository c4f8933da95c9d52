/**
 * {@link io.clsante.compat.ApplicationModulaire}, the modular application that the build runs with
 * {@code java -p … -m} to show that the library works on the module path.
 */
package io.clsante.compat;
