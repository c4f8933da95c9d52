package io.clsante.cli;

import io.clsante.rules.ClsValidator;

/**
 * Starts the one-time work of a first validation (the JSON binding of the model, the pre-checks, the
 * referential, the rules) on a second core while the command line is being parsed.
 */
final class WarmUp {
  private WarmUp() {}

  /**
   * Starts the warm-up when the command is {@code validate}.
   *
   * @param args the command line
   */
  static void startFor(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      ClsValidator.warmUpInBackground();
    }
  }
}
