package io.clsante.rules.territoire;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on the territory and its codes in the COG. */
public final class TerritoireRules {
  private TerritoireRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new CommunesExistantes(), new CommunesActuelles(), new EpciExistants(),
        new CommunesDansLeurEpci(), new TerritoireDansLaRegion(), new CommunesDansLesDepartements(),
        new TerritoireNonVide(), new DepartementsEtRegionsExistants());
  }
}
