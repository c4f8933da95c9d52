package io.clsante.rules.financements;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on amounts, fundings, budgets and the coordination's co-funding. */
public final class FinancementsRules {
  private FinancementsRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new MontantsPositifsOuNuls(), new MontantSelonLeStatut(),
        new FinancementsPonctuelsDansLeBudget(), new CofinancementsCoordinationA100(),
        new MontantValeurOuFourchette(), new FourchetteOrdonnee());
  }
}
