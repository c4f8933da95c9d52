package io.clsante.rules.signataires;

import io.clsante.rules.spi.Rule;
import java.util.List;

/** The rules on the signatories of a contract. */
public final class SignatairesRules {
  private SignatairesRules() {}

  /**
   * Returns the rules of this family, in id order.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    return List.of(new UneArsSigne(), new UneCollectiviteSigne(), new ArsDeLaRegionDuTerritoire(),
        new CollectivitesSignatairesDuTerritoire(), new SignaturesDatees(), new SignaturesNonFutures(),
        new UneSeuleDateDeSignature());
  }
}
