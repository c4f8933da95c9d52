package io.clsante.rules.axes;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on the axes and fiches actions. */
public final class AxesRules {
  private AxesRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new AuMoinsUnAxe(), new NumerosDAxesUniques(), new CodesDeFichesUniques(),
        new CodeDeFicheSelonLAxe(), new AuMoinsUnPorteur(), new AuMoinsUnIndicateur(),
        new AuMoinsUneFicheParAxe(), new SecteurDansLeTerritoire(), new VoletSanteMentale(),
        new ObjectifStrategiqueDeLAxe());
  }
}
