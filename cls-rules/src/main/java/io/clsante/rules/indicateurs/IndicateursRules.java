package io.clsante.rules.indicateurs;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on the indicators and their values. */
public final class IndicateursRules {
  private IndicateursRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new IndicateurQuantitatifAvecUnite(), new ValeursSelonLaNature(),
        new PourcentagesEntreZeroEtCent(), new RealisationsPasDansLeFutur(), new ValeursDansLaPeriode());
  }
}
