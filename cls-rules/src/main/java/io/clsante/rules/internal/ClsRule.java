package io.clsante.rules.internal;

import io.clsante.rules.Severity;
import io.clsante.rules.spi.BundleRule;

/**
 * Base of the library's own rules. The texts of a rule are in the bundle {@code messages} of its
 * family's package (for example {@code io/clsante/rules/signataires/messages.properties}).
 */
public abstract class ClsRule extends BundleRule {
  /**
   * Creates a rule of the library.
   *
   * @param id the stable id, {@code CLS-XXX-000}
   * @param severity the default severity
   */
  protected ClsRule(String id, Severity severity) {
    super(id, severity, "");
  }

  @Override
  protected String bundleName() {
    return getClass().getPackageName() + ".messages";
  }
}
