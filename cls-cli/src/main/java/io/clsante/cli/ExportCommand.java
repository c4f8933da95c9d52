package io.clsante.cli;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.JsonReading;
import io.clsante.rules.ClsValidator;
import io.clsante.tableur.FichesCsv;
import io.clsante.tableur.TetExport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls export --to tet|csv}: writes the plan of a contract in the Territoires en Transitions
 * XLSX template, or its fiches and operations as CSV for open data. Neither holds personal data. A
 * document that cannot be read is not exported: its problems are printed, located.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exporte le plan d'action d'un contrat : dans le modèle de tableur de Territoires en Transitions"
        + " (tet, XLSX) ou en CSV d'une ligne par fiche et par opération pour l'open data (csv, UTF-8 avec BOM)."
        + " Sans données personnelles.",
    footer = {"", "Codes de sortie : 0 le fichier est écrit ; 1 le contrat ne peut être lu (ses problèmes sont"
        + " affichés) ; 2 problème d'usage ou d'entrée-sortie."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private ClsCommand cls;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "tet (le modèle de plan de Territoires en Transitions, en XLSX) ou csv")
  private String to;

  @Parameters(paramLabel = "CONTRAT", description = "le contrat (.json), ou - pour l'entrée standard")
  private String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FICHIER", description = "le fichier à écrire")
  private String output;

  @Option(names = "--lang", defaultValue = "fr", description = "langue des messages : fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Options.locale(lang, spec);
    boolean en = locale.getLanguage().equals("en");
    if (!to.equals("tet") && !to.equals("csv")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "format inconnu « " + to + " » : tet ou csv attendu");
    }
    Path target;
    try {
      target = Path.of(output);
    } catch (InvalidPathException e) {
      Inputs.reportInvalidPath(output, err, en);
      return ClsCommand.USAGE;
    }
    Optional<byte[]> read = Inputs.read(input, cls.in, err, en);
    if (read.isEmpty()) {
      return ClsCommand.USAGE;
    }
    byte[] bytes = read.get();
    JsonReading reading = ClsJson.defaults().check(bytes);
    if (reading.contrat().isEmpty()) {
      Inputs.reportUnreadable(ClsValidator.builder().locale(locale).build().validate(input, bytes),
          en ? ": not exported, the document cannot be read" : " : non exporté, le document ne peut être lu", err, locale);
      return ClsCommand.INVALID;
    }
    ContratLocalDeSante contrat = reading.contrat().get();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try {
      if (to.equals("tet")) {
        TetExport.ecrire(contrat, file);
      } else {
        FichesCsv.ecrire(contrat, file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a stream in memory does not fail
    }
    if (!Inputs.write(target, file.toByteArray(), err, en)) {
      return ClsCommand.USAGE;
    }
    long fiches = contrat.axes().stream().mapToLong(a -> a.fiches().size()).sum();
    out.println(target + (en ? ": written, " + contrat.axes().size() + " axis/axes, " + fiches + " fiche(s)"
        : " : écrit, " + contrat.axes().size() + " axe(s), " + fiches + " fiche(s)"));
    return ClsCommand.OK;
  }
}
