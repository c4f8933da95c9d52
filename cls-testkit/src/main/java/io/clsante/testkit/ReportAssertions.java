package io.clsante.testkit;

import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions on validation {@link Report}s that fail with a readable message: the findings
 * expected, those missing, those unexpected, and the whole report.
 *
 * <p>Expected findings are written as {@code "RULE-ID /pointer"}, as {@link Finding#format} prints
 * them: {@code "CLS-SIG-001 /signataires"}; {@code "CLS-JSON-001 /"} (or just {@code "CLS-JSON-001"})
 * for a finding about the whole document. Order does not matter; a finding expected twice must be
 * reported twice.
 *
 * <p>Framework-neutral: failures are {@link AssertionError}s, which JUnit 4, 5 and 6, TestNG and
 * plain {@code assert} code all report as test failures. Example:
 * {@code ReportAssertions.assertNoError(ClsValidator.standard().validate(path));}
 */
public final class ReportAssertions {
  private ReportAssertions() {}

  /**
   * Asserts that a report has no ERROR finding: the document is valid.
   *
   * @param report the report
   * @throws AssertionError listing the errors, if there are some
   */
  public static void assertNoError(Report report) {
    Objects.requireNonNull(report, "report");
    List<Finding> errors = report.findings(Severity.ERROR);
    if (!errors.isEmpty()) {
      throw new AssertionError("Expected no ERROR in " + report.source() + " but found " + errors.size() + ":"
          + errors.stream().map(f -> "\n  " + f.format(Locale.ENGLISH)).collect(Collectors.joining()));
    }
  }

  /**
   * Asserts that a report has exactly the given findings, of any severity, and no other.
   *
   * @param report the report
   * @param expected findings as {@code "RULE-ID /pointer"}
   * @throws AssertionError naming the missing and unexpected findings, if they differ
   */
  public static void assertExactly(Report report, String... expected) {
    check(report, report.findings(), "findings", expected);
  }

  /**
   * Asserts that a report has exactly the given ERROR findings and no other ERROR; warnings and
   * infos are not considered.
   *
   * @param report the report
   * @param expected errors as {@code "RULE-ID /pointer"}
   * @throws AssertionError naming the missing and unexpected errors, if they differ
   */
  public static void assertErrorsExactly(Report report, String... expected) {
    check(report, report.findings(Severity.ERROR), "ERROR findings", expected);
  }

  /**
   * Asserts that a report has at least the given findings, of any severity, and maybe others.
   *
   * @param report the report
   * @param expected findings as {@code "RULE-ID /pointer"}
   * @throws AssertionError naming the missing findings, if some are
   */
  public static void assertHas(Report report, String... expected) {
    Objects.requireNonNull(report, "report");
    List<String> actual = keys(report.findings());
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      if (!actual.remove(normalise(e))) {
        missing.add(normalise(e));
      }
    }
    if (!missing.isEmpty()) {
      throw new AssertionError("Missing in " + report.source() + ": " + missing + describe(report));
    }
  }

  private static void check(Report report, List<Finding> findings, String what, String... expected) {
    Objects.requireNonNull(report, "report");
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      missing.add(normalise(Objects.requireNonNull(e, "expected finding")));
    }
    List<String> unexpected = new ArrayList<>();
    for (String actual : keys(findings)) {
      if (!missing.remove(actual)) {
        unexpected.add(actual);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      List<String> wanted = new ArrayList<>();
      for (String e : expected) {
        wanted.add(normalise(e));
      }
      throw new AssertionError("Expected exactly " + wanted + " as " + what + " of " + report.source()
          + (missing.isEmpty() ? "" : "; missing: " + missing)
          + (unexpected.isEmpty() ? "" : "; unexpected: " + unexpected) + describe(report));
    }
  }

  private static List<String> keys(List<Finding> findings) {
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(f.ruleId() + " " + (f.pointer().isEmpty() ? "/" : f.pointer()));
    }
    return out;
  }

  /** {@code "CLS-X"}, {@code "CLS-X "} and {@code "CLS-X /"} all mean the whole document. */
  private static String normalise(String expected) {
    String e = expected.strip();
    int space = e.indexOf(' ');
    if (space < 0) {
      return e + " /";
    }
    String pointer = e.substring(space + 1).strip();
    return e.substring(0, space) + " " + (pointer.isEmpty() ? "/" : pointer);
  }

  private static String describe(Report report) {
    return report.findings().isEmpty() ? "\n  (the report has no finding)"
        : report.findings().stream().map(f -> "\n  " + f.format(Locale.ENGLISH)).collect(Collectors.joining());
  }
}
