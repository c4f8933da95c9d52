package io.clsante.cli;

import io.clsante.rules.Profile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Declares the options of the commands to picocli, and parses those they share with usage errors
 * that say what is expected.
 */
final class Options {
  private Options() {}

  /**
   * Adds {@code -h, --help} and {@code -V, --version}: the options of picocli's
   * {@code mixinStandardHelpOptions}, whose texts the resource bundle gives (keys {@code help} and
   * {@code version}).
   */
  static void standardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
  }

  /**
   * An option that takes one text; {@code label} is how the usage shows the text (the annotation
   * model's {@code <field>}), {@code defaultValue} may be null.
   */
  static OptionSpec text(String name, String label, String defaultValue, String description) {
    return OptionSpec.builder(name).type(String.class).paramLabel(label).defaultValue(defaultValue)
        .description(description).build();
  }

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

  static Profile profile(String id, CommandSpec spec) {
    return Profile.byId(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "profil inconnu « " + id + " » : " + Profile.builtIn().stream().map(Profile::id)
            .collect(Collectors.joining(" ou ")) + " attendu"));
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
