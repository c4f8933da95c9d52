package io.clsante.rules.periodes;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on the period of the contract and the calendars. */
public final class PeriodesRules {
  private PeriodesRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new DebutAvantFin(), new DureeHabituelle(), new CalendriersDansLaPeriode(),
        new DatesDansLaPeriode(), new DebutProcheDeLaSignature(), new CalendriersPendantLaPrefiguration(),
        new FinDuPrsDatee());
  }
}
