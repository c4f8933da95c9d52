package io.clsante.rules.donnees;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on personal data held by a document. */
public final class DonneesRules {
  private DonneesRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new DonneesPersonnellesSignalees());
  }
}
