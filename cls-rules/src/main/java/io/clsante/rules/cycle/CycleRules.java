package io.clsante.rules.cycle;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on the lifecycle: statuses, events, amendments, generations. */
public final class CycleRules {
  private CycleRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new ContratSigneComplet(), new EvenementsChronologiques(),
        new EvenementsSelonLeStatut(), new AvenantsSignesParTousLesSignataires(), new PredecesseurNomme(),
        new StatutSelonLesDates());
  }
}
