package io.clsante.cli;

import io.clsante.model.VersionFormat;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.Migration;
import io.clsante.model.json.StructuralProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cls migrate}: rewrites documents of an earlier minor version of the format in the current
 * one, without loss, in place ({@code -} reads standard input and writes standard output). A
 * document that cannot be read is left untouched and its problems are printed, located.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Convertit des documents d'une version antérieure du format (1.0) dans la version courante,"
        + " sans perte, en les réécrivant sur place.",
    footer = {"", "Codes de sortie : 0 tout est converti ou déjà à jour ; 1 un document n'a pu être lu"
        + " (il est laissé tel quel), ou avec --check un document est à convertir ;"
        + " 2 problème d'usage ou d'entrée-sortie."})
final class MigrateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private ClsCommand cls;

  @Parameters(paramLabel = "CHEMIN", arity = "1..*",
      description = "fichiers .json, répertoires (tous les *.json en dessous) ou - pour l'entrée standard")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--check", description = "ne réécrit rien : dit quels documents sont à convertir")
  private boolean check;

  @Option(names = "--lang", defaultValue = "fr", description = "langue des messages : fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Options.locale(lang, spec);
    boolean en = locale.getLanguage().equals("en");
    if (paths.contains("-") && paths.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "- (l'entrée standard) se convertit seul, vers la sortie standard : " + paths.size() + " CHEMIN donnés");
    }
    ClsJson json = ClsJson.defaults();
    if (paths.equals(List.of("-"))) {
      return standardInput(json, cls.in, out, err, locale);
    }
    List<Path> files = new ArrayList<>();
    boolean ioProblem = false;
    for (String p : paths) {
      try {
        ioProblem |= !collect(Path.of(p), files, err, en);
      } catch (InvalidPathException e) {
        Inputs.reportInvalidPath(p, err, en);
        ioProblem = true;
      }
    }
    int unreadable = 0;
    int toConvert = 0;
    for (Path file : files) {
      Migration m;
      try {
        m = json.migrate(Files.readAllBytes(file));
      } catch (IOException e) {
        err.println("cls : " + (en ? "cannot read " : "lecture impossible de ") + file + " : " + e.getMessage());
        ioProblem = true;
        continue;
      }
      if (!m.problems().isEmpty()) {
        unreadable++;
        out.println(file + (en ? ": not converted, the document cannot be read" : " : non converti, le document"
            + " ne peut être lu"));
        printProblems(m.problems(), out, locale);
      } else if (!m.changed()) {
        out.println(file + (en ? ": already in " : " : déjà en ") + VersionFormat.CURRENT);
      } else if (check) {
        toConvert++;
        out.println(file + (en ? ": to convert (" : " : à convertir (") + versions(m));
      } else {
        if (Inputs.write(file, m.document().orElseThrow(), err, en)) {
          out.println(file + (en ? ": converted (" : " : converti (") + versions(m));
        } else {
          ioProblem = true;
        }
      }
    }
    if (ioProblem) {
      return ClsCommand.USAGE;
    }
    return unreadable > 0 || toConvert > 0 ? ClsCommand.INVALID : ClsCommand.OK;
  }

  private static int standardInput(ClsJson json, InputStream in, PrintWriter out, PrintWriter err, Locale locale) {
    Migration m;
    try {
      m = json.migrate(in.readAllBytes());
    } catch (IOException e) {
      err.println("cls : lecture impossible de l'entrée standard : " + e.getMessage());
      return ClsCommand.USAGE;
    }
    if (!m.problems().isEmpty()) {
      printProblems(m.problems(), err, locale);
      return ClsCommand.INVALID;
    }
    out.print(new String(m.document().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
    return ClsCommand.OK;
  }

  /** The files of a path: itself, or the *.json files below a directory. */
  private static boolean collect(Path path, List<Path> files, PrintWriter err, boolean en) {
    if (!Files.exists(path)) {
      err.println("cls : " + (en ? "file not found: " : "fichier introuvable : ") + path);
      return false;
    }
    if (!Files.isDirectory(path)) {
      files.add(path);
      return true;
    }
    List<Path> found = JsonFiles.below(path, err, en);
    if (found != null && found.isEmpty()) {
      err.println("cls : " + (en ? "no *.json file in " : "aucun fichier *.json dans ") + path);
    }
    if (found == null || found.isEmpty()) {
      return false;
    }
    files.addAll(found);
    return true;
  }

  private static String versions(Migration m) {
    return m.from().orElseThrow() + " → " + VersionFormat.CURRENT + ")";
  }

  private static void printProblems(List<StructuralProblem> problems, PrintWriter out, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    for (StructuralProblem p : problems) {
      String where = p.pointer().isEmpty() ? "/" : p.pointer();
      String at = p.line() > 0 ? (en ? " (line " : " (ligne ") + p.line() + ", " + (en ? "column " : "colonne ")
          + p.column() + ")" : "";
      out.println("  " + (en ? "ERROR " : "ERREUR ") + p.ruleId() + " " + where + at + " : " + p.message(locale));
    }
  }
}
