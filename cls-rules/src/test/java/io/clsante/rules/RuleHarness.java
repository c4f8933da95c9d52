package io.clsante.rules;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs one rule on a contract, for the tests of each rule family: the valid base contract stays
 * quiet, and each targeted change makes the rule fire at the expected pointer.
 */
public final class RuleHarness {
  /** The reference date of the tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static final ContratLocalDeSante BASE = load();

  private RuleHarness() {}

  /**
   * Returns the valid base contract of the tests (CC Val de Gers, signed 2025-11-13, in force).
   *
   * @return the contract of {@code contrat-valide.json}
   */
  public static ContratLocalDeSante base() {
    return BASE;
  }

  /**
   * Returns the base contract changed by a function of its builder.
   *
   * @param change what to change
   * @return the changed contract
   */
  public static ContratLocalDeSante base(UnaryOperator<ContratLocalDeSante.Builder> change) {
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(BASE);
    return change.apply(b).build();
  }

  /**
   * Runs a rule at its default severity.
   *
   * @param rule the rule
   * @param contrat the contract
   * @return the findings, in the order reported
   */
  public static List<Finding> check(Rule rule, ContratLocalDeSante contrat) {
    return check(rule, contrat, TODAY);
  }

  /**
   * Runs a rule at its default severity with another reference date.
   *
   * @param rule the rule
   * @param contrat the contract
   * @param today the reference date
   * @return the findings, in the order reported
   */
  public static List<Finding> check(Rule rule, ContratLocalDeSante contrat, LocalDate today) {
    List<Finding> out = new ArrayList<>();
    RuleRunner.run(List.of(rule), Profile.national(), contrat, ReferentielTerritorial.cog2026(), today, null, out);
    return out;
  }

  private static ContratLocalDeSante load() {
    try (InputStream in = RuleHarness.class.getResourceAsStream("contrat-valide.json")) {
      return ClsJson.defaults().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
