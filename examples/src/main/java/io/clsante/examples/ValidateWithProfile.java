package io.clsante.examples;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Profile;
import io.clsante.rules.ProfileException;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Validates a contract under a profile read from a profile file, with one more change made in code.
 *
 * <p>Run: {@code java -cp … io.clsante.examples.ValidateWithProfile
 * examples/profils/numerotation-continue.json examples/contrats/cls-astarac-2025-2029.json}.
 */
public final class ValidateWithProfile {
  private ValidateWithProfile() {}

  /**
   * Reads the profile, lowers one more rule to INFO, validates the contract and prints one line per
   * finding.
   *
   * @param profileFile the profile file
   * @param contract the contract
   * @param out where to print
   * @return the report
   * @throws ProfileException if the profile file is not a valid profile: every problem, located
   * @throws IOException if the profile file cannot be read
   */
  public static Report run(Path profileFile, Path contract, PrintStream out) throws IOException {
    Profile fromFile = Profile.read(profileFile);
    Profile profile = Profile.builder(fromFile.id(), fromFile.libelle()).from(fromFile)
        .severity("CLS-AXE-007", Severity.INFO)
        .build();
    Report report = ClsValidator.builder().profile(profile).build().validate(contract);
    for (Finding f : report.findings()) {
      out.println(f.format(Locale.FRENCH));
    }
    out.println(report.isValid() ? "valide" : "invalide");
    return report;
  }

  /**
   * Entry point.
   *
   * @param args the profile file, then the contract
   */
  public static void main(String[] args) {
    try {
      System.exit(run(Path.of(args[0]), Path.of(args[1]), System.out).isValid() ? 0 : 1);
    } catch (IOException e) {
      // A ProfileException's message gives every problem of the file, one per line, located.
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
