package io.clsante.cli;

import io.clsante.rules.Profile;
import io.clsante.rules.RuleCatalog;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.Rule;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cls rules}: lists the rule catalog. */
final class RulesCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
  private final OptionSpec formatOption = Options.text("--format", "<format>", "text",
      "text ou json (défaut : ${DEFAULT-VALUE})");
  private final OptionSpec lang = Options.text("--lang", "<lang>", "fr", "fr ou en (défaut : ${DEFAULT-VALUE})");
  private final OptionSpec profileId = Options.text("--profile", "<profileId>", "national",
      "profil : national ou occitanie (défaut : ${DEFAULT-VALUE})");

  RulesCommand() {
    spec.name("rules");
    Options.standardHelpOptions(spec);
    spec.addOption(formatOption).addOption(lang).addOption(profileId);
    spec.usageMessage().description("Liste les règles : identifiant, sévérité (selon le profil), résumé.");
  }

  /** The command as picocli sees it. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String format = formatOption.getValue();
    Locale locale = Options.locale(lang.getValue(), spec);
    Profile profile = Options.profile(profileId.getValue(), spec);
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "format inconnu « " + format + " » : text ou json attendu");
    }
    if (format.equals("json")) {
      ArrayNode list = JsonMapper.builder().build().createArrayNode();
      for (Rule r : RuleCatalog.builtIn().rules()) {
        ObjectNode o = list.addObject();
        o.put("id", r.id());
        o.put("severity", severity(profile, r));
        o.put("defaultSeverity", r.defaultSeverity().name());
        o.put("summary", r.summary(locale));
        o.put("rationale", r.rationale(locale));
      }
      out.println(list.toString());
      return ClsCommand.OK;
    }
    for (Rule r : RuleCatalog.builtIn().rules()) {
      out.printf("%-12s %-13s %s%n", r.id(), label(profile, r, locale), r.summary(locale));
    }
    return ClsCommand.OK;
  }

  private static String severity(Profile profile, Rule r) {
    return profile.severityOf(r.id(), r.defaultSeverity()).map(Severity::name).orElse("OFF");
  }

  private static String label(Profile profile, Rule r, Locale locale) {
    return profile.severityOf(r.id(), r.defaultSeverity()).map(s -> s.label(locale))
        .orElse("en".equals(locale.getLanguage()) ? "OFF" : "DÉSACTIVÉE");
  }
}
