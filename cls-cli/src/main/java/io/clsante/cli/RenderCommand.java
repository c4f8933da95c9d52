package io.clsante.cli;

import io.clsante.html.ContratHtml;
import io.clsante.html.HtmlOptions;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls render}: writes the HTML summary of a contract, one self-contained page with the
 * findings of its validation beside the parts they concern. A document that cannot be read gets no
 * page: its problems are printed, located, as {@code cls validate} prints them.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Écrit le résumé HTML d'un contrat : une page autonome, lisible hors ligne et imprimable,"
        + " avec les remarques de la validation à côté des parties qu'elles concernent.",
    footer = {"", "Codes de sortie : 0 la page est écrite ; 1 le document ne peut être lu (ses problèmes"
        + " sont affichés) ; 2 problème d'usage ou d'entrée-sortie."})
final class RenderCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private ClsCommand cls;

  @Parameters(paramLabel = "CONTRAT", description = "le contrat (.json), ou - pour l'entrée standard")
  private String input;

  @Option(names = {"-o", "--output"}, paramLabel = "FICHIER",
      description = "la page HTML à écrire (défaut : la sortie standard)")
  private String output;

  @Option(names = "--lang", defaultValue = "fr", description = "langue de la page : fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Option(names = "--donnees-personnelles",
      description = "montre les noms, courriels et téléphones des contacts (omis par défaut)")
  private boolean personalData;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "date de situation de la page et de référence des règles (défaut : aujourd'hui)")
  private String date;

  @Mixin
  private RuleChoice rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Options.locale(lang, spec);
    boolean en = locale.getLanguage().equals("en");
    LocalDate day = date == null ? LocalDate.now() : Options.date(date, spec);
    Optional<Path> target;
    try {
      target = output == null || output.equals("-") ? Optional.empty() : Optional.of(Path.of(output));
    } catch (InvalidPathException e) {
      Inputs.reportInvalidPath(output, err, en);
      return ClsCommand.USAGE;
    }
    Optional<byte[]> read = Inputs.read(input, cls.in, err, en);
    if (read.isEmpty()) {
      return ClsCommand.USAGE;
    }
    byte[] bytes = read.get();
    ClsValidator validator = ClsValidator.builder().locale(locale).profile(rules.profile()).referenceDate(day).build();
    Report report = validator.validate(input, bytes);
    Optional<ContratLocalDeSante> contrat = ClsJson.defaults().check(bytes).contrat();
    if (contrat.isEmpty()) {
      Inputs.reportUnreadable(report, en ? ": no page, the document cannot be read" : " : pas de page, le document ne peut être lu",
          err, locale);
      return ClsCommand.INVALID;
    }
    HtmlOptions options = HtmlOptions.defaults().withLocale(locale).withPersonalData(personalData)
        .withReferenceDate(day);
    String html = ContratHtml.render(contrat.get(), report, options);
    if (target.isEmpty()) {
      out.print(html);
      return ClsCommand.OK;
    }
    if (!Inputs.write(target.get(), html.getBytes(StandardCharsets.UTF_8), err, en)) {
      return ClsCommand.USAGE;
    }
    out.println(target.get() + (en ? ": page written, " : " : page écrite, ") + summary(report, en));
    return ClsCommand.OK;
  }

  private static String summary(Report r, boolean en) {
    long errors = r.count(Severity.ERROR);
    long warnings = r.count(Severity.WARNING);
    return en ? errors + " error(s), " + warnings + " warning(s)"
        : errors + " erreur(s), " + warnings + " avertissement(s)";
  }
}
