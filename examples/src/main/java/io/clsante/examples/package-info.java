/**
 * Runnable examples that use only the exported API: {@link io.clsante.examples.BuildContract},
 * {@link io.clsante.examples.ValidateFile}, {@link io.clsante.examples.ApplicationRule} and
 * {@link io.clsante.examples.PublishOpenData}. Each is run by a test.
 */
package io.clsante.examples;
