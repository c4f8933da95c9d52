package io.clsante.rules.references;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on local ids and references between the parts of a contract. */
public final class ReferencesRules {
  private ReferencesRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new IdentifiantsUniques(), new ReferencesResolues(), new IntervenantDesigne(), new OperationsMesurees(),
        new InstanceDEvaluationDeclaree());
  }
}
