package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.Optional;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Runs one rule on a contract, for the tests of each rule family: the valid base contract stays
 * quiet, and each targeted change makes the rule fire at the expected pointer.
 */
public final class RuleHarness {
  /** The reference date of the tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static final ContratLocalDeSante BASE = load();

  /** A placeholder left in a rendered message. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private RuleHarness() {}

  /**
   * Reads a day written in ISO-8601, for the expected arguments of findings.
   *
   * @param iso for example {@code 2025-11-13}
   * @return the day
   */
  public static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * Returns the valid base contract of the tests (CC Val de Gers, signed 2025-11-13, in force).
   *
   * @return the contract of {@code internal/valide.json}, the valid contract the validator also warms up with
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
    RuleRunner.run(RuleRunner.plan(List.of(rule), Profile.national()), contrat, ReferentielTerritorial::cog2026,
        today, pointer -> Optional.empty(), out);
    out.forEach(RuleHarness::assertRendered);
    return out;
  }

  /**
   * Asserts that a finding renders in French and in English: its message key and the keys of its
   * nested messages exist in the rule's bundle, and every placeholder has its argument.
   *
   * @param f the finding
   */
  public static void assertRendered(Finding f) {
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      String message = f.message(locale);
      assertFalse(message.isBlank(), f.messageKey() + " " + locale);
      assertFalse(PLACEHOLDER.matcher(message).find(), () -> "placeholder without argument in " + f.messageKey()
          + " " + locale + ": " + message);
    }
  }

  /**
   * Returns the library's rule with that id.
   *
   * @param id the rule id
   * @return the rule of the built-in catalog
   */
  public static Rule rule(String id) {
    return RuleCatalog.builtIn().find(id).orElseThrow(() -> new AssertionError("no rule " + id));
  }

  /**
   * Asserts that a rule gives exactly one finding, at that pointer, with those arguments.
   *
   * @param id the rule id
   * @param contrat the contract
   * @param pointer the expected pointer
   * @param arguments the expected arguments
   */
  public static void assertFinding(String id, ContratLocalDeSante contrat, String pointer, List<?> arguments) {
    assertFindings(rule(id), contrat, TODAY, List.of(new Attendu(pointer, arguments)));
  }

  /**
   * Asserts that a rule gives no finding.
   *
   * @param id the rule id
   * @param contrat the contract
   */
  public static void assertQuiet(String id, ContratLocalDeSante contrat) {
    assertEquals(List.of(), check(rule(id), contrat));
  }

  /**
   * Asserts that a rule gives exactly the expected findings, in order, all of its own id.
   *
   * @param rule the rule
   * @param contrat the contract
   * @param today the reference date
   * @param attendus the expected findings
   * @return the findings, for further assertions
   */
  public static List<Finding> assertFindings(Rule rule, ContratLocalDeSante contrat, LocalDate today,
      List<Attendu> attendus) {
    List<Finding> findings = check(rule, contrat, today);
    findings.forEach(f -> assertEquals(rule.id(), f.ruleId(), f.toString()));
    assertEquals(attendus, findings.stream().map(f -> new Attendu(f.pointer(), f.arguments())).toList(),
        findings.toString());
    return findings;
  }

  private static ContratLocalDeSante load() {
    try (InputStream in = RuleHarness.class.getResourceAsStream("internal/valide.json")) {
      return ClsJson.defaults().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
