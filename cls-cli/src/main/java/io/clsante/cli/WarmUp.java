package io.clsante.cli;

import io.clsante.rules.ClsValidator;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one-time work of a first validation (the JSON binding of the model, the schema's and the
 * constraints' checks, the referential, the rules), started on a second core while the command
 * line is being parsed, by validating a small bundled contract.
 *
 * <p>Everything it prepares is shared by every validator of the process, so the validation the
 * command then runs finds it ready or nearly so. The bundled contract is valid (a test checks it), so
 * the warm-up never needs the engines that only invalid documents call for.
 */
final class WarmUp {
  /** A small valid contract, a resource next to this class. */
  static final String SAMPLE = "amorce.json";

  private WarmUp() {}

  /**
   * Starts the warm-up on a daemon thread when the command is {@code validate}.
   *
   * @param args the command line
   */
  static void startFor(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      Thread thread = new Thread(WarmUp::run, "cls-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Validates the bundled contract once; the report is dropped.
   *
   * @return whether the sample was valid (false if it could not be read)
   */
  static boolean run() {
    try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        return false;
      }
      return ClsValidator.builder().prepareOnBuild(false).build().validate(in.readAllBytes()).isValid();
    } catch (IOException | RuntimeException e) {
      // Only a preparation: the validation proper meets and reports the same problem, if any.
      return false;
    }
  }
}
