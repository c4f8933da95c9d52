package io.clsante.cli;

import io.clsante.model.json.JsonLimits;
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
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code cls validate}: validates files, directories, standard input, or a stream of contracts one
 * per line ({@code --ndjson}), and prints the reports.
 *
 * <p>Documents are validated on every core by one shared validator and reported in the order they
 * were given, each as soon as it and those before it are done: the text and NDJSON outputs hold no
 * report once printed, so a directory of any size or an endless stream runs in constant memory. Only
 * the JSON and SARIF outputs of files, which are one document each, keep the findings until the end.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Valide des contrats : fichiers, répertoires (tous les *.json en dessous) ou - pour l'entrée standard.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @ParentCommand
  private ClsCommand cls;

  @Parameters(paramLabel = "CHEMIN", arity = "0..*",
      description = "fichier .json, répertoire, ou - pour lire l'entrée standard")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json ou sarif (défaut : ${DEFAULT-VALUE})")
  private String format;

  @Option(names = "--lang", defaultValue = "fr",
      description = "langue des messages : fr ou en (défaut : ${DEFAULT-VALUE})")
  private String lang;

  @Mixin
  private RuleChoice rules;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "date de référence des règles qui dépendent du jour (défaut : aujourd'hui)")
  private String date;

  @Option(names = "--ndjson",
      description = "un contrat par ligne (NDJSON), lu du CHEMIN ou de l'entrée standard"
          + " (- ou rien) ; un rapport par ligne non vide, nommé CHEMIN:ligne, au fil de la lecture, en mémoire constante"
          + " ; --format text ou json (un objet JSON par ligne)")
  private boolean ndjson;

  /** One document to validate, under the name the report gives it. */
  private interface Job {
    Report run(ClsValidator validator);
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputStream stdin = cls.in;
    Locale locale = Options.locale(lang, spec);
    if (!List.of("text", "json", "sarif").contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "format inconnu « " + format + " » : text, json ou sarif attendu");
    }
    if (ndjson && format.equals("sarif")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--ndjson s'écrit en text ou en json (un objet par ligne), pas en sarif");
    }
    if (ndjson && paths.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--ndjson lit un seul CHEMIN (ou - pour l'entrée standard), " + paths.size() + " donnés");
    }
    if (!ndjson && paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "paramètre CHEMIN manquant : un fichier, un répertoire ou -");
    }
    // The tool runs once: preparing the stages on a sample would only add a validation to its start.
    ClsValidator.Builder builder = ClsValidator.builder().locale(locale)
        .profile(rules.profile());
    if (date != null) {
      builder.referenceDate(Options.date(date, spec));
    }
    boolean en = locale.getLanguage().equals("en");
    Output output = new Output(out, err, format, locale, ndjson);
    if (ndjson) {
      String path = paths.isEmpty() ? "-" : paths.get(0);
      if (path.equals("-")) {
        return validateLines(builder.build(), stdin, "-", output);
      }
      try (InputStream in = Files.newInputStream(Path.of(path))) {
        return validateLines(builder.build(), in, path, output);
      } catch (IOException | java.nio.file.InvalidPathException e) {
        err.println("cls : " + (en ? "cannot read " : "lecture impossible de ") + path + " : " + e.getMessage());
        return ClsCommand.USAGE;
      }
    }
    boolean ioProblem = false;
    List<Job> jobs = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        jobs.add(v -> v.validate("-", stdin));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        List<Path> found = JsonFiles.below(path, err, en);
        if (found == null) {
          ioProblem = true;
        } else if (found.isEmpty()) {
          err.println("cls : " + (en ? "no *.json file in " : "aucun fichier *.json dans ") + p);
          ioProblem = true;
        }
        if (found != null) {
          found.forEach(f -> jobs.add(v -> v.validate(f)));
        }
      } else if (!Files.exists(path)) {
        err.println("cls : " + (en ? "file not found: " : "fichier introuvable : ") + p);
        ioProblem = true;
      } else {
        jobs.add(v -> v.validate(path));
      }
    }
    if (jobs.isEmpty()) {
      return ClsCommand.USAGE;
    }
    output.progress = jobs.size() > 1 && System.console() != null;
    output.total = jobs.size();
    run(builder.build(), jobs.iterator(), output);
    output.finish();
    if (ioProblem) {
      return ClsCommand.USAGE;
    }
    return output.allValid ? ClsCommand.OK : ClsCommand.INVALID;
  }

  /** Validates one contract per line of a stream, reporting each line as soon as it is done. */
  private int validateLines(ClsValidator validator, InputStream in, String name, Output output)
      throws InterruptedException {
    long max = JsonLimits.defaults().maxDocumentBytes();
    Lines lines = new Lines(in, (int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    boolean[] readFailed = {false};
    Iterator<Job> jobs = new Iterator<>() {
      private byte[] next;

      @Override
      public boolean hasNext() {
        if (next == null && !readFailed[0]) {
          try {
            next = lines.next();
          } catch (IOException e) {
            output.err.println("cls : " + (output.en ? "cannot read " : "lecture impossible de ")
                + name + " : " + e.getMessage());
            readFailed[0] = true;
          }
        }
        return next != null;
      }

      @Override
      public Job next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        byte[] line = next;
        String source = name + ":" + lines.number();
        next = null;
        // A line beyond the limit was cut at max + 1 bytes: the validator reports it as too long.
        return v -> v.validate(source, new java.io.ByteArrayInputStream(line));
      }
    };
    run(validator, jobs, output);
    output.finish();
    if (readFailed[0]) {
      return ClsCommand.USAGE;
    }
    return output.allValid ? ClsCommand.OK : ClsCommand.INVALID;
  }

  /**
   * Validates the jobs on every core and hands the reports to the output in the jobs' order. At most
   * a few documents per core are in flight: the jobs are read no faster than they are reported.
   */
  private static void run(ClsValidator validator, Iterator<Job> jobs, Output output) throws InterruptedException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cls-validate");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Report>> inFlight = new ArrayBlockingQueue<>(2 * threads);
    Future<Report> end = CompletableFuture.completedFuture(null);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread printer = new Thread(() -> {
      try {
        for (Future<Report> f = inFlight.take(); f != end; f = inFlight.take()) {
          if (failure.get() != null) {
            continue;
          }
          try {
            output.print(f.get());
          } catch (ExecutionException e) {
            failure.set(e.getCause());
          } catch (RuntimeException | Error e) {
            failure.set(e);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "cls-output");
    printer.setDaemon(true);
    printer.start();
    try {
      while (failure.get() == null && jobs.hasNext()) {
        Job job = jobs.next();
        inFlight.put(pool.submit(() -> job.run(validator)));
      }
      inFlight.put(end);
      printer.join();
    } finally {
      pool.shutdownNow();
      printer.interrupt();
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
  }

  /** Prints reports as they come, in one format; used by one thread at a time. */
  static final class Output {
    private static final Comparator<Finding> SEVERITY_FIRST = Comparator.comparing(Finding::severity);

    final PrintWriter out;
    final PrintWriter err;
    final String format;
    final Locale locale;
    final boolean en;
    final boolean streaming;
    boolean progress;
    int total;
    int done;
    long valid;
    long invalid;
    boolean allValid = true;
    /** Kept for the outputs that are one document: JSON of files, SARIF. */
    final ArrayNode documents;
    final List<Report> reports = new ArrayList<>();

    Output(PrintWriter out, PrintWriter err, String format, Locale locale, boolean streaming) {
      this.out = out;
      this.err = err;
      this.format = format;
      this.locale = locale;
      this.en = locale.getLanguage().equals("en");
      this.streaming = streaming;
      this.documents = format.equals("json") && !streaming ? JsonMapper.shared().createArrayNode() : null;
    }

    void print(Report r) {
      if (r.isValid()) {
        valid++;
      } else {
        invalid++;
        allValid = false;
      }
      switch (format) {
        case "json":
          if (streaming) {
            out.println(r.toJsonNode().toString());
          } else {
            documents.add(r.toJsonNode());
          }
          break;
        case "sarif":
          reports.add(r);
          break;
        default:
          out.println(r.source());
          List<Finding> bySeverity = new ArrayList<>(r.findings());
          bySeverity.sort(SEVERITY_FIRST);
          for (Finding f : bySeverity) {
            out.print("  ");
            out.println(f.format(locale));
          }
          out.println("  → " + summary(r, en));
      }
      if (streaming) {
        out.flush();
      }
      done++;
      if (progress) {
        err.print("\r" + (en ? "validated " : "validés ") + done + "/" + total);
        if (done == total) {
          err.println();
        }
        err.flush();
      }
    }

    void finish() {
      switch (format) {
        case "json":
          if (!streaming) {
            ObjectNode root = JsonMapper.shared().createObjectNode();
            root.put("valid", allValid);
            root.set("documents", documents);
            out.println(root.toString());
          }
          break;
        case "sarif":
          out.println(Report.toSarif(reports, locale));
          break;
        default:
          long count = valid + invalid;
          out.println(en
              ? count + " document(s): " + valid + " valid, " + invalid + " invalid"
              : count + " document(s) : " + valid + " valide(s), " + invalid + " invalide(s)");
      }
      out.flush();
    }
  }

  /**
   * Reads a stream line by line as bytes, keeping at most {@code max} bytes of a line (the rest is
   * skipped): memory stays bounded whatever the stream holds. Blank lines are skipped, their numbers
   * counted.
   */
  private static final class Lines {
    private final InputStream in;
    private final int max;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long number;

    Lines(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    /** The number of the line last returned, from 1. */
    long number() {
      return number;
    }

    /** Returns the next line that is not blank, without its line end, or null at the end. */
    byte[] next() throws IOException {
      while (true) {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        boolean any = false;
        boolean ended = false;
        while (!ended) {
          if (position == limit) {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
              limit = 0;
              break;
            }
          }
          any = true;
          int start = position;
          while (position < limit && buffer[position] != '\n') {
            position++;
          }
          int keep = Math.min(position - start, max - line.size());
          line.write(buffer, start, keep);
          if (position < limit) {
            position++;
            ended = true;
          }
        }
        if (!any) {
          return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && length < max && bytes[length - 1] == '\r') {
          length--;
        }
        if (!blank(bytes, length)) {
          return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }
        if (!ended) {
          return null;
        }
      }
    }

    private static boolean blank(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
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
