package io.clsante.rules;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.JsonLimits;
import io.clsante.model.json.JsonProblem;
import io.clsante.model.json.LocatedTree;
import io.clsante.rules.internal.StageRules;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Rule;
import io.clsante.schema.ClsSchema;
import io.clsante.schema.SchemaViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Validates contracts in one call: raw input → parse (hardened) → JSON Schema → bind to the model →
 * structural constraints → business rules → {@link Report}.
 *
 * <p>A later stage runs only on what the earlier stages let through (a document the schema rejects
 * is not bound), but every finding of every stage that ran lands in the same report, located by
 * JSON Pointer and, for text input, line and column. Bad input never raises an exception: an empty
 * file, a binary file, a missing file or a document beyond the limits each give a report with an
 * ERROR finding.
 *
 * <p>Example: {@code Report r = ClsValidator.standard().validate(Path.of("cls.json"));}
 *
 * <p>A validator is built once (schema compiled, referential loaded, Bean Validation bootstrapped,
 * every stage run on a bundled sample, and a bundled valid contract validated
 * 100 times so that the JIT compiler has compiled the path of valid
 * documents: the first document costs little more than the next) and is immutable and thread-safe:
 * share one instance across threads and documents.
 *
 * <p>Pre-checks skip the schema engine and Bean Validation for a document they prove those engines
 * would accept; the engines decide, and give the findings, for every other document, so reports
 * are the same with {@link Builder#prechecks(boolean) prechecks(false)}.
 */
public final class ClsValidator {
  /** The source name of a document given without one. */
  public static final String NO_SOURCE = "<entrée>";

  /** A contract that uses every part of the model, run once when a validator is built. */
  private static final String SAMPLE = "internal/amorce.json";

  /** A valid contract (no finding at all), which takes the path of valid documents. */
  private static final String VALID_SAMPLE = "internal/valide.json";

  /**
   * How many times a prepared validator validates {@link #VALID_SAMPLE} when it is built: enough for
   * the JIT compiler to compile the path valid documents take, so that the first document is not
   * run by the interpreter (docs/performance.md); with 30, methods called once per fiche most
   * likely stayed below the JIT compiler's thresholds. The class and builder Javadoc say 100.
   */
  static final int PREPARATION_ROUNDS = 100;

  private static final class Standard {
    static final ClsValidator INSTANCE = builder().build();
  }

  private final Profile profile;
  private final Locale locale;
  private final Clock clock;
  private final ClsJson json;
  private final ReferentielTerritorial referentiel;
  private final RuleCatalog catalog;
  private final List<RuleRunner.Active> businessRules;
  private final ClsSchema schema;
  private final ConstraintStage constraints;
  private final boolean prechecks;

  /** The bundled sample, read and bound. */
  private record Sample(LocatedTree tree, ContratLocalDeSante contrat) {}

  private ClsValidator(Builder b) {
    this.profile = b.profile;
    this.locale = b.locale;
    this.clock = b.clock;
    this.prechecks = b.prechecks;
    // The shared reader when the limits are the defaults: its binding of the model is built once.
    // The identity test first: a record's equals is bootstrapped on its first call, which costs
    // milliseconds in a fresh JVM, and the builder's default is the defaults instance itself.
    this.json = b.limits == JsonLimits.defaults() || b.limits.equals(JsonLimits.defaults())
        ? ClsJson.defaults() : ClsJson.withLimits(b.limits);
    // The referential and Bean Validation start on other threads (cores) while the JSON reader
    // and the schema start here. Unprepared, Bean Validation starts only for a contract that the
    // pre-check does not accept.
    // Tasks are anonymous classes rather than lambdas, which a fresh JVM would link first.
    ReferentielTerritorial given = b.referentiel;
    FutureTask<ReferentielTerritorial> loading = new FutureTask<>(new Callable<>() {
      @Override
      public ReferentielTerritorial call() {
        return given != null ? given : ReferentielTerritorial.cog2026();
      }
    });
    if (given != null) {
      loading.run();
    } else {
      startDaemon("cls-referentiel", loading);
    }
    ClsSchema stage = b.prechecks ? ClsSchema.standard() : ClsSchema.engineOnly();
    boolean prepare = b.prepare;
    // The schema engine is compiled there too: valid documents do not need it, the first invalid one does.
    FutureTask<ConstraintStage> starting = new FutureTask<>(new Callable<>() {
      @Override
      public ConstraintStage call() {
        return startConstraints(stage, prepare);
      }
    });
    startDaemon("cls-contraintes", starting);
    this.schema = stage;
    List<Rule> extra = new ArrayList<>(b.rules);
    if (b.discover) {
      ServiceLoader.load(Rule.class).forEach(extra::add);
    }
    this.catalog = RuleCatalog.builtIn().with(extra);
    this.businessRules = RuleRunner.plan(catalog.businessRules(), profile);
    Sample sample = b.prepare ? prepareReading() : null;
    this.constraints = join(starting);
    this.referentiel = join(loading);
    prepareRules(sample);
    if (b.prepare) {
      byte[] valid = validSample();
      for (int i = 0; i < PREPARATION_ROUNDS && valid != null; i++) {
        validate(NO_SOURCE, valid);
      }
    }
  }

  /** The bytes of {@link #VALID_SAMPLE}, or null if the resource is missing or unreadable. */
  private static byte[] validSample() {
    try (InputStream in = ClsValidator.class.getResourceAsStream(VALID_SAMPLE)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Starts, on a background (daemon) thread, the one-time work that every validator of the process
   * shares — the JSON binding of the model, the pre-checks, the referential, the rules — by
   * validating a small bundled valid contract once, and returns at once. For a program that will
   * build its validator a little later and validate few documents, such as a command-line tool
   * still parsing its arguments: its first validation then finds that work done or under way.
   * A long-running application needs nothing of the kind: {@link Builder#build()} prepares.
   */
  public static void warmUpInBackground() {
    byte[] valid = validSample();
    if (valid == null) {
      return;
    }
    // An anonymous class rather than a lambda, which a fresh JVM would link first.
    startDaemon("cls-warm-up", new Runnable() {
      @Override
      public void run() {
        builder().prepareOnBuild(false).build().validate(NO_SOURCE, valid);
      }
    });
  }

  private static void startDaemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static ConstraintStage startConstraints(ClsSchema schema, boolean prepare) {
    if (prepare) {
      schema.prepare();
      return ConstraintStage.standard().withEngine();
    }
    return ConstraintStage.standard();
  }

  /**
   * Waits for a task, as long as it takes (an interrupt is kept for the caller, not obeyed), and
   * returns its value or throws what it threw.
   */
  private static <T> T join(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException cause) {
            throw cause;
          }
          if (e.getCause() instanceof Error cause) {
            throw cause;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Reads a bundled sample that uses every part of the model through the parse, the schema and the
   * binding, so that their lazily built parts (deserializers of the model, schema validators) are
   * built now rather than during the first validation. Returns the sample, or null if it did not
   * bind.
   */
  private Sample prepareReading() {
    try (InputStream in = ClsValidator.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        return null;
      }
      LocatedTree tree = json.readTree(in.readAllBytes());
      if (!schema.validate(tree).isEmpty()) {
        return null;
      }
      ContratLocalDeSante contrat = json.bind(tree);
      // bind() uses generated code for documents like the sample; Jackson's binding, which names
      // the problems of the others, is built now too.
      json.mapper().treeToValue(tree.root(), ContratLocalDeSante.class);
      return new Sample(tree, contrat);
    } catch (IOException e) {
      // Also a ClsJsonException: the sample is only a preparation, and the validator works without.
      return null;
    }
  }

  /**
   * Runs Bean Validation (its metadata of each model class) and the library's own rules once on the
   * sample; the findings are dropped.
   */
  private void prepareRules(Sample sample) {
    if (sample != null) {
      constraints.prepare(sample.contrat());
      RuleRunner.run(RuleRunner.plan(RuleCatalog.builtIn().businessRules(), Profile.national()),
          sample.contrat(), referentiel, today(), sample.tree(), new ArrayList<>());
    }
  }

  /**
   * Returns the shared validator with the defaults: national profile, French messages, the system
   * clock, default limits, the bundled COG 2026, the library's rules only.
   *
   * @return the standard validator
   */
  public static ClsValidator standard() {
    return Standard.INSTANCE;
  }

  /**
   * Starts building a validator.
   *
   * @return a builder with the defaults of {@link #standard()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the catalog of the rules this validator applies (stage rules, library rules, added
   * rules).
   *
   * @return the catalog
   */
  public RuleCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the profile this validator applies.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the locale of the reports' messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Validates UTF-8 JSON bytes.
   *
   * @param source a name for the document in the report, for example its path
   * @param utf8 the bytes
   * @return the report
   */
  public Report validate(String source, byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    LocatedTree tree;
    try {
      tree = json.readTree(utf8);
    } catch (ClsJsonException e) {
      return report(source, List.of(jsonFinding(e)));
    }
    return validate(source, tree);
  }

  /**
   * Validates UTF-8 JSON bytes with no source name.
   *
   * @param utf8 the bytes
   * @return the report
   */
  public Report validate(byte[] utf8) {
    return validate(NO_SOURCE, utf8);
  }

  /**
   * Validates JSON text.
   *
   * @param source a name for the document in the report
   * @param text the JSON text
   * @return the report
   */
  public Report validate(String source, String text) {
    Objects.requireNonNull(text, "text");
    LocatedTree tree;
    try {
      tree = json.readTree(text);
    } catch (ClsJsonException e) {
      return report(source, List.of(jsonFinding(e)));
    }
    return validate(source, tree);
  }

  /**
   * Validates a stream of UTF-8 JSON, read to its end (or to the size limit) and not closed.
   *
   * @param source a name for the document in the report
   * @param in the stream
   * @return the report; an I/O failure is reported as a CLS-JSON-010 finding
   */
  public Report validate(String source, InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      // One byte past the limit is enough for the reader to refuse the document, located.
      long max = json.limits().maxDocumentBytes();
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      return report(source, List.of(ioFinding(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()))));
    }
    return validate(source, bytes);
  }

  /**
   * Validates a JSON file. The report's source is the path as given.
   *
   * @param file the file
   * @return the report; a missing or unreadable file is reported as a CLS-JSON-010 finding
   */
  public Report validate(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      long max = json.limits().maxDocumentBytes();
      if (Files.isDirectory(file)) {
        return report(source, List.of(ioFinding("c'est un répertoire, pas un fichier", "it is a directory, not a file")));
      }
      if (Files.size(file) > max) {
        try (InputStream in = Files.newInputStream(file)) {
          return validate(source, in);
        }
      }
      return validate(source, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return report(source, List.of(ioFinding("fichier introuvable", "file not found")));
    } catch (IOException e) {
      return report(source, List.of(ioFinding(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Validates a contract built in code: structural constraints and business rules. Findings have a
   * pointer but no line.
   *
   * @param contrat the contract
   * @return the report
   */
  public Report validate(ContratLocalDeSante contrat) {
    Objects.requireNonNull(contrat, "contrat");
    List<Finding> out = new ArrayList<>();
    constraints.check(contrat, null, out, prechecks);
    RuleRunner.run(businessRules, contrat, referentiel, today(), null, out);
    return report(NO_SOURCE, out);
  }

  /**
   * Validates a document already parsed into a located tree (from {@link ClsJson#readTree}).
   *
   * @param source a name for the document in the report
   * @param tree the parsed document
   * @return the report
   */
  public Report validate(String source, LocatedTree tree) {
    List<Finding> out = new ArrayList<>();
    for (SchemaViolation v : schema.validate(tree)) {
      out.add(new Finding(StageRules.schema(v.keyword()), Severity.ERROR, v.pointer(), v.line(), v.column(),
          List.of(v.message(Locale.FRENCH), v.message(Locale.ENGLISH))));
    }
    if (!out.isEmpty()) {
      return report(source, out);
    }
    ContratLocalDeSante contrat;
    try {
      contrat = json.bind(tree);
    } catch (ClsJsonException e) {
      out.add(jsonFinding(e));
      return report(source, out);
    }
    constraints.check(contrat, tree, out, prechecks);
    RuleRunner.run(businessRules, contrat, referentiel, today(), tree, out);
    return report(source, out);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Report report(String source, List<Finding> findings) {
    return new Report(source == null ? NO_SOURCE : source, locale, findings);
  }

  private static Finding jsonFinding(ClsJsonException e) {
    return new Finding(StageRules.json(e.problem()), Severity.ERROR, e.pointer(), e.line(), e.column(),
        List.of(e.detail(Locale.FRENCH), e.detail(Locale.ENGLISH)));
  }

  private static Finding ioFinding(String fr, String en) {
    return new Finding(StageRules.json(JsonProblem.IO), Severity.ERROR, "", -1, -1, List.of(fr, en));
  }

  /** Builds a {@link ClsValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Profile profile = Profile.national();
    private Locale locale = Locale.FRENCH;
    private Clock clock = Clock.systemDefaultZone();
    private JsonLimits limits = JsonLimits.defaults();
    private ReferentielTerritorial referentiel;
    private final List<Rule> rules = new ArrayList<>();
    private boolean discover;
    private boolean prepare = true;
    private boolean prechecks = true;

    private Builder() {}

    /**
     * Sets whether {@link #build()} runs every stage once on a bundled sample, compiles the JSON
     * Schema engine and validates a bundled valid contract 100
     * times, so that the first validation, of a valid document or not, costs little more than the
     * next (by default it does; it takes about a second). A program that validates a single
     * document and exits gains nothing from it and can turn it off (and may call
     * {@link ClsValidator#warmUpInBackground()} instead).
     *
     * @param prepare false to leave the stages to be prepared by the first validation
     * @return this builder
     */
    public Builder prepareOnBuild(boolean prepare) {
      this.prepare = prepare;
      return this;
    }

    /**
     * Sets whether the fast paths are on (by default they are): each skips a stage's engine for a
     * document that a cheaper check proves that engine would accept — the JSON Schema engine for a
     * document the schema's pre-check proves valid, Bean Validation for a contract whose every
     * constrained value is certainly within its constraints. Reports are identical either way;
     * turned off, validation is only slower (for cross-checking).
     *
     * @param enabled false to run every stage's engine on every document that reaches it
     * @return this builder
     */
    public Builder prechecks(boolean enabled) {
      this.prechecks = enabled;
      return this;
    }

    /**
     * Sets the profile.
     *
     * @param profile the profile, {@link Profile#national()} by default
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the language of the messages.
     *
     * @param locale French (default) or English; other languages get French
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = "en".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
      return this;
    }

    /**
     * Sets the clock that gives the reference date of time-dependent rules.
     *
     * @param clock the clock, the system clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the reference date, as a fixed clock at the start of that day in UTC.
     *
     * @param date the reference date
     * @return this builder
     */
    public Builder referenceDate(LocalDate date) {
      return clock(Clock.fixed(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
    }

    /**
     * Sets the input limits.
     *
     * @param limits the limits, {@link JsonLimits#defaults()} by default
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the territorial referential.
     *
     * @param referentiel another millésime or source, the bundled COG 2026 by default
     * @return this builder
     */
    public Builder referentiel(ReferentielTerritorial referentiel) {
      this.referentiel = Objects.requireNonNull(referentiel, "referentiel");
      return this;
    }

    /**
     * Adds an application rule.
     *
     * @param rule the rule; its id must differ from every other rule's
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Also loads the rules declared as {@link java.util.ServiceLoader} services of {@link Rule}.
     *
     * @return this builder
     */
    public Builder discoverRules() {
      this.discover = true;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException if two rules have the same id
     */
    public ClsValidator build() {
      return new ClsValidator(this);
    }
  }
}
