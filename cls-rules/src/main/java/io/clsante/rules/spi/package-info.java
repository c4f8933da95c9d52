/**
 * The extension point for application rules: implement {@link io.clsante.rules.spi.Rule} (usually
 * by extending {@link io.clsante.rules.spi.BundleRule}), report through the
 * {@link io.clsante.rules.spi.RuleContext} with typed arguments (and
 * {@link io.clsante.rules.spi.MessageKey}s for the parts of a message that change with the case),
 * locate findings with {@link io.clsante.rules.spi.Pointer}, and register the rule with the
 * validator's builder or as a {@code ServiceLoader} service.
 */
package io.clsante.rules.spi;
