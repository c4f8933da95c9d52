package io.clsante.cli;

import io.clsante.rules.Profile;
import io.clsante.rules.ProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The choice of rules that {@code validate} and {@code rules} share: {@code --profile} (a built-in
 * profile or a profile file), then {@code --disable} and {@code --severity} on top of it. Every
 * problem is a usage error (exit 2) with a French message that says what is expected.
 */
final class RuleChoice {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--profile", paramLabel = "ID|FICHIER", defaultValue = "national",
      description = "profil : national, occitanie, ou un fichier de profil .json (défaut : ${DEFAULT-VALUE})")
  private String profile;

  @Option(names = "--disable", paramLabel = "REGLE", split = ",",
      description = "désactive une règle (répétable, ou séparées par des virgules), par exemple CLS-AXE-004")
  private List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "REGLE=NIVEAU", split = ",",
      description = "donne à une règle le niveau ERROR, WARNING, INFO ou OFF (répétable, ou séparées par des"
          + " virgules), par exemple CLS-AXE-006=ERROR")
  private List<String> severities = new ArrayList<>();

  /**
   * Returns the profile the options choose.
   *
   * @return the profile, with the options' changes when there are
   * @throws CommandLine.ParameterException for an unknown profile, an unreadable or invalid profile
   *     file, an unknown rule or level, or a rule chosen twice
   */
  Profile profile() {
    Profile base = base();
    // Each rule once: the options are a set of choices, not a sequence where the last one wins.
    Map<String, Choice> levels = new LinkedHashMap<>();
    for (String ruleId : disabled) {
      choose(levels, ruleId.strip(), Profile.OFF, "--disable " + ruleId);
    }
    for (String choice : severities) {
      int equals = choice.indexOf('=');
      if (equals < 0) {
        throw usage("--severity attend REGLE=NIVEAU, par exemple CLS-AXE-006=ERROR : « " + choice + " » donné");
      }
      choose(levels, choice.substring(0, equals).strip(), choice.substring(equals + 1).strip(), "--severity " + choice);
    }
    if (levels.isEmpty()) {
      return base;
    }
    Profile.Builder builder = Profile.builder(base.id(), base.libelle()).from(base);
    levels.forEach((ruleId, choice) -> {
      try {
        builder.level(ruleId, choice.level());
      } catch (IllegalArgumentException e) {
        throw usage(choice.option() + " : " + e.getMessage());
      }
    });
    return builder.build();
  }

  /** A level given to a rule, and the option that gave it, for the messages. */
  private record Choice(String level, String option) {}

  private void choose(Map<String, Choice> levels, String ruleId, String level, String option) {
    if (levels.putIfAbsent(ruleId, new Choice(level, option)) != null) {
      throw usage("la règle " + ruleId + " est choisie deux fois (" + levels.get(ruleId).option() + ", puis "
          + option + ") : une fois au plus attendu");
    }
  }

  /** The profile of {@code --profile}: a built-in id, else a file. */
  private Profile base() {
    Optional<Profile> builtIn = Profile.byId(profile);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    String ids = Profile.builtIn().stream().map(Profile::id).collect(Collectors.joining(", "));
    Path file;
    try {
      file = Path.of(profile);
    } catch (InvalidPathException e) {
      throw usage("profil inconnu « " + profile + " » : " + ids + " ou un fichier de profil .json attendu");
    }
    if (!Files.exists(file) && !profile.endsWith(".json") && !profile.contains(file.getFileSystem().getSeparator())) {
      throw usage("profil inconnu « " + profile + " » : " + ids + " ou un fichier de profil .json attendu");
    }
    try {
      return Profile.read(file);
    } catch (ProfileException e) {
      throw usage("profil invalide :\n" + e.getMessage());
    } catch (NoSuchFileException e) {
      throw usage("fichier de profil introuvable : " + profile);
    } catch (IOException e) {
      throw usage("lecture impossible du profil " + profile + " : " + e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
