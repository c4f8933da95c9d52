package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report assertions pass when they should and fail with a message that says what differs. */
class ReportAssertionsTest {
  private static final ClsValidator VALIDATOR =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
  private static final Report VALID =
      VALIDATOR.validate("valide", ContratGenerator.standard().generateJson(3, 3));
  private static final Report EMPTY = VALIDATOR.validate("vide", new byte[0]);
  private static final Report TWO = VALIDATOR.validate("deux",
      "{\"identifiant\": \"x\", \"identifiant\": \"y\"}".getBytes(StandardCharsets.UTF_8));

  @Test
  void assertNoError_passesOnAValidReport_andListsTheErrorsOtherwise() {
    ReportAssertions.assertNoError(VALID);
    AssertionError e = assertThrows(AssertionError.class, () -> ReportAssertions.assertNoError(EMPTY));
    assertTrue(e.getMessage().contains("CLS-JSON-001") && e.getMessage().contains("vide"), e.getMessage());
  }

  @Test
  void assertExactly_acceptsEveryWayOfWritingTheRoot() {
    ReportAssertions.assertExactly(EMPTY, "CLS-JSON-001 /");
    ReportAssertions.assertExactly(EMPTY, "CLS-JSON-001");
    ReportAssertions.assertErrorsExactly(EMPTY, " CLS-JSON-001 ");
    ReportAssertions.assertErrorsExactly(TWO, "CLS-JSON-004 /identifiant");
    ReportAssertions.assertHas(TWO, "CLS-JSON-004 /identifiant");
  }

  @Test
  void assertExactly_namesMissingAndUnexpectedFindings() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ReportAssertions.assertErrorsExactly(TWO, "CLS-SIG-001 /signataires"));
    assertTrue(e.getMessage().contains("missing: [CLS-SIG-001 /signataires]"), e.getMessage());
    assertTrue(e.getMessage().contains("unexpected: [CLS-JSON-004 /identifiant]"), e.getMessage());
    assertTrue(e.getMessage().contains("(line 1)"), e.getMessage());
    AssertionError twice = assertThrows(AssertionError.class,
        () -> ReportAssertions.assertExactly(TWO, "CLS-JSON-004 /identifiant", "CLS-JSON-004 /identifiant"));
    assertTrue(twice.getMessage().contains("missing: [CLS-JSON-004 /identifiant]"), twice.getMessage());
    assertThrows(AssertionError.class, () -> ReportAssertions.assertExactly(VALID, "CLS-JSON-001"));
    assertThrows(AssertionError.class, () -> ReportAssertions.assertHas(VALID, "CLS-JSON-001"));
  }
}
