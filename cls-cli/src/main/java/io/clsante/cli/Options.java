package io.clsante.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Parses the option values the commands share, with usage errors that say what is expected.
 */
final class Options {
  private Options() {}

  static Locale locale(String lang, CommandSpec spec) {
    switch (lang) {
      case "fr":
        return Locale.FRENCH;
      case "en":
        return Locale.ENGLISH;
      default:
        throw new CommandLine.ParameterException(spec.commandLine(),
            "langue inconnue « " + lang + " » : fr ou en attendu");
    }
  }

  static LocalDate date(String text, CommandSpec spec) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "date invalide « " + text + " » : AAAA-MM-JJ attendu, par exemple 2026-11-22");
    }
  }
}
