package io.clsante.rules.internal;

import io.clsante.rules.axes.AxesRules;
import io.clsante.rules.cycle.CycleRules;
import io.clsante.rules.donnees.DonneesRules;
import io.clsante.rules.financements.FinancementsRules;
import io.clsante.rules.indicateurs.IndicateursRules;
import io.clsante.rules.periodes.PeriodesRules;
import io.clsante.rules.references.ReferencesRules;
import io.clsante.rules.signataires.SignatairesRules;
import io.clsante.rules.territoire.TerritoireRules;
import io.clsante.rules.spi.Rule;
import java.util.ArrayList;
import java.util.List;

/** Every business rule of the library, family by family. */
public final class BuiltInRules {
  /** The packages of the rule families, each with its {@code messages} bundle. */
  public static final List<String> FAMILIES = List.of(
      "references", "signataires", "territoire", "periodes", "axes", "indicateurs", "financements",
      "cycle", "donnees");

  private BuiltInRules() {}

  /**
   * Returns the business rules (not the stage rules), in id order within each family.
   *
   * @return a new immutable list
   */
  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.addAll(ReferencesRules.all());
    all.addAll(SignatairesRules.all());
    all.addAll(TerritoireRules.all());
    all.addAll(PeriodesRules.all());
    all.addAll(AxesRules.all());
    all.addAll(IndicateursRules.all());
    all.addAll(FinancementsRules.all());
    all.addAll(CycleRules.all());
    all.addAll(DonneesRules.all());
    return List.copyOf(all);
  }
}
