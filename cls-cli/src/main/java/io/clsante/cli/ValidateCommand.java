package io.clsante.cli;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cls validate}: validates files, directories or standard input and prints the reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Valide des contrats : fichiers, répertoires (tous les *.json en dessous) ou - pour l'entrée standard.")
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CHEMIN",
      description = "fichier .json, répertoire, ou - pour lire l'entrée standard")
  private List<String> paths;

  @Option(names = "--format", defaultValue = "text", description = "text, json ou sarif (défaut : ${DEFAULT-VALUE})")
  private String format;

  @Option(names = "--lang", defaultValue = "fr", description = "langue des messages : fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Option(names = "--profile", defaultValue = "national", description = "profil : national ou occitanie (défaut : ${DEFAULT-VALUE})")
  private String profileId;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "date de référence des règles qui dépendent du jour (défaut : aujourd'hui)")
  private String date;

  private final InputStream stdin;

  ValidateCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  private record Input(String source, Path path) {}

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = Options.locale(lang, spec);
    if (!List.of("text", "json", "sarif").contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "format inconnu « " + format + " » : text, json ou sarif attendu");
    }
    ClsValidator.Builder builder = ClsValidator.builder().locale(locale).profile(Options.profile(profileId, spec));
    if (date != null) {
      builder.referenceDate(Options.date(date, spec));
    }
    boolean en = locale.getLanguage().equals("en");
    boolean ioProblem = false;
    List<Input> inputs = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> found = jsonFilesBelow(path, err, en);
        if (found == null) {
          ioProblem = true;
        } else if (found.isEmpty()) {
          err.println("cls : " + (en ? "no *.json file in " : "aucun fichier *.json dans ") + p);
          ioProblem = true;
        }
        if (found != null) {
          found.forEach(f -> inputs.add(new Input(f.toString(), f)));
        }
      } else if (!Files.exists(path)) {
        err.println("cls : " + (en ? "file not found: " : "fichier introuvable : ") + p);
        ioProblem = true;
      } else {
        inputs.add(new Input(p, path));
      }
    }
    if (inputs.isEmpty()) {
      return ClsCommand.USAGE;
    }
    ClsValidator validator = builder.build();
    List<Report> reports = validateAll(validator, inputs, err, en);
    switch (format) {
      case "json":
        printJson(out, reports);
        break;
      case "sarif":
        out.println(Report.toSarif(reports, locale));
        break;
      default:
        printText(out, reports, locale);
    }
    if (ioProblem) {
      return ClsCommand.USAGE;
    }
    return reports.stream().allMatch(Report::isValid) ? ClsCommand.OK : ClsCommand.INVALID;
  }

  private static List<Path> jsonFilesBelow(Path dir, PrintWriter err, boolean en) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
          .sorted().collect(Collectors.toList());
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("cls : " + (en ? "cannot read directory " : "lecture impossible du répertoire ") + dir + " : " + e.getMessage());
      return null;
    }
  }

  private List<Report> validateAll(ClsValidator validator, List<Input> inputs, PrintWriter err, boolean en)
      throws InterruptedException {
    boolean progress = inputs.size() > 1 && System.console() != null;
    int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cls-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<Report>> futures = new ArrayList<>();
      for (Input in : inputs) {
        futures.add(pool.submit(() -> {
          Report r = in.path == null ? validator.validate("-", stdin) : validator.validate(in.path);
          int n = done.incrementAndGet();
          if (progress) {
            synchronized (err) {
              err.print("\r" + (en ? "validated " : "validés ") + n + "/" + inputs.size());
              if (n == inputs.size()) {
                err.println();
              }
              err.flush();
            }
          }
          return r;
        }));
      }
      List<Report> reports = new ArrayList<>();
      for (Future<Report> f : futures) {
        try {
          reports.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void printJson(PrintWriter out, List<Report> reports) {
    ObjectNode root = JsonMapper.builder().build().createObjectNode();
    root.put("valid", reports.stream().allMatch(Report::isValid));
    ArrayNode docs = root.putArray("documents");
    reports.forEach(r -> docs.add(r.toJsonNode()));
    out.println(root.toString());
  }

  private static void printText(PrintWriter out, List<Report> reports, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    Comparator<Finding> severityFirst = Comparator.comparing(Finding::severity);
    for (Report r : reports) {
      out.println(r.source());
      r.findings().stream().sorted(severityFirst).forEach(f -> out.println("  " + f.format(locale)));
      out.println("  → " + summary(r, en));
    }
    long valid = reports.stream().filter(Report::isValid).count();
    long invalid = reports.size() - valid;
    out.println(en
        ? reports.size() + " document(s): " + valid + " valid, " + invalid + " invalid"
        : reports.size() + " document(s) : " + valid + " valide(s), " + invalid + " invalide(s)");
  }

  private static String summary(Report r, boolean en) {
    int e = r.count(Severity.ERROR);
    int w = r.count(Severity.WARNING);
    int i = r.count(Severity.INFO);
    return en
        ? (r.isValid() ? "valid" : "INVALID") + ": " + e + " error(s), " + w + " warning(s), " + i + " info(s)"
        : (r.isValid() ? "valide" : "INVALIDE") + " : " + e + " erreur(s), " + w + " avertissement(s), " + i + " info(s)";
  }
}
