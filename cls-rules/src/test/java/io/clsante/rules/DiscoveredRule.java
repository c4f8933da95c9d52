package io.clsante.rules;

import io.clsante.rules.spi.BundleRule;
import io.clsante.rules.spi.RuleContext;

/** An application rule declared as a ServiceLoader service, for the discovery test. */
public final class DiscoveredRule extends BundleRule {
  /** Creates the rule APP-002. */
  public DiscoveredRule() {
    super("APP-002", Severity.INFO, "io.clsante.rules.app-messages");
  }

  @Override
  public void check(RuleContext context) {
    context.report("", context.contrat().identifiant());
  }
}
