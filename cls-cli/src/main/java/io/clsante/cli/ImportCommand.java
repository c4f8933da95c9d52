package io.clsante.cli;

import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.tableur.Metadonnees;
import io.clsante.tableur.Note;
import io.clsante.tableur.ResultatImport;
import io.clsante.tableur.TableurException;
import io.clsante.tableur.TetImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cls import --from tet}: reads a plan kept in the Territoires en Transitions XLSX template
 * into a contract, prints the import report, then validates the contract and prints its report as
 * {@code cls validate} does. The contract goes to the file of {@code -o}, or to standard output
 * (the reports then go to standard error).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Importe un plan d'action tenu dans le modèle de tableur de Territoires en Transitions"
        + " (XLSX) : écrit le contrat au format JSON CLS, affiche le rapport d'import (chaque cellule non reprise"
        + " ou ambiguë, par feuille et référence) puis celui de la validation du contrat.",
    footer = {"", "Codes de sortie : 0 le contrat est écrit et valide ; 1 il est écrit mais a au moins une ERREUR ;"
        + " 2 problème d'usage, ou classeur ou métadonnées illisibles (rien n'est écrit)."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private ClsCommand cls;

  @Option(names = "--from", required = true, paramLabel = "FORMAT",
      description = "le format du fichier lu : tet (modèle de plan de Territoires en Transitions)")
  private String from;

  @Parameters(paramLabel = "PLAN", description = "le classeur .xlsx")
  private String plan;

  @Option(names = {"-o", "--output"}, paramLabel = "CONTRAT",
      description = "le contrat (.json) à écrire (défaut : la sortie standard)")
  private String output;

  @Option(names = "--metadonnees", paramLabel = "FICHIER",
      description = "document CLS JSON partiel : identifiant, intitulé, période, territoire, acteurs, signataires…"
          + " que le modèle ne contient pas (- pour l'entrée standard)")
  private String metadonnees;

  @Option(names = "--avec-donnees-personnelles",
      description = "importe aussi les colonnes Personne pilote et Élu·e référent·e, dans le contact de l'acteur"
          + " pilote (omises par défaut)")
  private boolean personalData;

  @Option(names = "--lang", defaultValue = "fr", description = "langue des messages : fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "date de référence des règles qui dépendent du jour (défaut : aujourd'hui)")
  private String date;

  @Mixin
  private RuleChoice rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Options.locale(lang, spec);
    boolean en = locale.getLanguage().equals("en");
    if (!from.equals("tet")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "format inconnu « " + from + " » : tet attendu");
    }
    ClsValidator.Builder validator = ClsValidator.builder().locale(locale).profile(rules.profile());
    if (date != null) {
      validator.referenceDate(Options.date(date, spec));
    }
    Path source;
    Path target;
    try {
      source = Path.of(plan);
      target = output == null || output.equals("-") ? null : Path.of(output);
    } catch (InvalidPathException e) {
      Inputs.reportInvalidPath(e.getInput(), err, en);
      return ClsCommand.USAGE;
    }
    TetImport importer = TetImport.defaults().withDonneesPersonnelles(personalData);
    if (metadonnees != null) {
      Optional<byte[]> meta = Inputs.read(metadonnees, cls.in, err, en);
      if (meta.isEmpty()) {
        return ClsCommand.USAGE;
      }
      try {
        importer = importer.withMetadonnees(Metadonnees.lire(meta.get()));
      } catch (TableurException e) {
        err.println("cls : " + metadonnees + " : " + e.message(locale));
        return ClsCommand.USAGE;
      }
    }
    if (!Files.isRegularFile(source)) {
      err.println("cls : " + (en ? "file not found: " : "fichier introuvable : ") + plan);
      return ClsCommand.USAGE;
    }
    ResultatImport resultat;
    try {
      resultat = importer.lire(source);
    } catch (TableurException e) {
      err.println("cls : " + plan + " : " + e.message(locale));
      return ClsCommand.USAGE;
    }
    byte[] json = ClsJson.defaults().writeBytes(resultat.contrat());
    PrintWriter reports = target == null ? err : out;
    reports.println(plan + (en ? ": import report, " : " : rapport d'import, ") + resultat.notes().size()
        + (en ? " note(s)" : " remarque(s)"));
    for (Note n : resultat.notes()) {
      reports.println("  " + n.format(locale));
    }
    if (target == null) {
      out.print(new String(json, java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } else {
      if (!Inputs.write(target, json, err, en)) {
        return ClsCommand.USAGE;
      }
    }
    Report report = validator.build().validate(target == null ? plan : target.toString(), json);
    ValidateCommand.Output validation = new ValidateCommand.Output(reports, err, "text", locale, false);
    validation.print(report);
    return report.isValid() ? ClsCommand.OK : ClsCommand.INVALID;
  }
}
