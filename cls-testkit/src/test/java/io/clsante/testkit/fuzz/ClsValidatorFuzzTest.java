package io.clsante.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.testkit.ContratGenerator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzzes the one-call validator with raw bytes. In the normal build, Jazzer replays the committed
 * corpus ({@code ClsValidatorFuzzTestInputs/validate/}); with {@code JAZZER_FUZZ=1} it fuzzes for
 * real.
 *
 * <p>Invariants: no exception at all (bad input is a report, never an exception); every finding
 * names a rule of the catalog, has a pointer and renders in French and English; no rule fails
 * ({@code CLS-INT-001}); the report serialises to JSON and SARIF; a second validation gives the same
 * findings.
 */
class ClsValidatorFuzzTest {
  private static final ClsValidator VALIDATOR =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
  private static final Set<String> RULES =
      VALIDATOR.catalog().rules().stream().map(r -> r.id()).collect(Collectors.toUnmodifiableSet());

  @FuzzTest(maxDuration = "5m")
  void validate(byte[] input) {
    Report report = VALIDATOR.validate(input);
    assertNotNull(report);
    for (Finding f : report.findings()) {
      assertTrue(RULES.contains(f.ruleId()), f.ruleId());
      assertFalse("CLS-INT-001".equals(f.ruleId()), () -> "a rule failed: " + f.format(Locale.ENGLISH));
      assertNotNull(f.pointer());
      assertFalse(f.message(Locale.FRENCH).isBlank());
      assertFalse(f.message(Locale.ENGLISH).isBlank());
    }
    assertFalse(report.toString().isBlank());
    assertFalse(report.toJson().isBlank());
    assertFalse(report.toSarif().isBlank());
    assertEquals(keys(report), keys(VALIDATOR.validate(input)), "validation is not deterministic");
  }

  private static List<String> keys(Report r) {
    return r.findings().stream().map(f -> f.format(Locale.ENGLISH)).toList();
  }
}
