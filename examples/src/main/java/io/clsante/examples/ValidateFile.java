package io.clsante.examples;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file, validates it and prints the report, in French or English.
 *
 * <p>Run: {@code java -cp … io.clsante.examples.ValidateFile examples/contrats/cls-astarac-2025-2029.json en}.
 */
public final class ValidateFile {
  private ValidateFile() {}

  /**
   * Validates one file and prints one line per finding.
   *
   * @param file the file
   * @param locale the language of the messages
   * @param out where to print
   * @return the report
   */
  public static Report run(Path file, Locale locale, PrintStream out) {
    ClsValidator validator = ClsValidator.builder().locale(locale).build();
    Report report = validator.validate(file);
    for (Finding f : report.findings()) {
      out.println(f.format(locale));
    }
    out.println(report.isValid() ? "valide" : "invalide");
    return report;
  }

  /**
   * Entry point.
   *
   * @param args the file, then optionally {@code fr} or {@code en}
   */
  public static void main(String[] args) {
    Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.FRENCH;
    Report r = run(Path.of(args[0]), locale, System.out);
    System.exit(r.isValid() ? 0 : 1);
  }
}
