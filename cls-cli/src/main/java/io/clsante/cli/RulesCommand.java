package io.clsante.cli;

import io.clsante.rules.Profile;
import io.clsante.rules.RuleCatalog;
import io.clsante.rules.spi.Rule;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cls rules}: lists the rule catalog. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Liste les règles : identifiant, sévérité (selon le profil), résumé.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text ou json (défaut : ${DEFAULT-VALUE})")
  private String format;

  @Option(names = "--lang", defaultValue = "fr", description = "fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Mixin
  private RuleChoice rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = Options.locale(lang, spec);
    Profile profile = rules.profile();
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "format inconnu « " + format + " » : text ou json attendu");
    }
    if (format.equals("json")) {
      out.println(RuleCatalog.builtIn().toJsonNode(profile, locale).toString());
      return ClsCommand.OK;
    }
    for (Rule r : RuleCatalog.builtIn().rules()) {
      out.printf("%-12s %-13s %s%n", r.id(), label(profile, r, locale), r.summary(locale));
    }
    return ClsCommand.OK;
  }

  private static String label(Profile profile, Rule r, Locale locale) {
    return profile.severityOf(r.id(), r.defaultSeverity()).map(s -> s.label(locale))
        .orElse("en".equals(locale.getLanguage()) ? "OFF" : "DÉSACTIVÉE");
  }
}
