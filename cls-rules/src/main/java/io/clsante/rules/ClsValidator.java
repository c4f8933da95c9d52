package io.clsante.rules;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.JsonLimits;
import io.clsante.model.json.JsonProblem;
import io.clsante.model.json.JsonReading;
import io.clsante.model.json.StructuralProblem;
import io.clsante.rules.internal.StageRules;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Validates contracts in one call: raw input → hardened parse → the structural pass generated from
 * the model (it binds the contract or reports every structural problem) → business rules →
 * {@link Report}.
 *
 * <p>The business rules run only on a contract the structural pass bound, but every finding of
 * every stage lands in the same report, located by JSON Pointer and, for text input, line and
 * column. Bad input never raises an exception: an empty file, a binary file, a missing file or a
 * document beyond the limits each give a report with an ERROR finding.
 *
 * <p>Example: {@code Report r = ClsValidator.standard().validate(Path.of("cls.json"));}
 *
 * <p>Building a validator is cheap: it plans the rules of its profile and nothing else; the bundled
 * territorial referential is loaded by the first validation that needs it. No thread is started and
 * no document is validated unless the application asks, through {@link #prepare()}. A validator is
 * immutable and thread-safe: share one instance across threads and documents.
 */
public final class ClsValidator {
  /** The source name of a document given without one. */
  public static final String NO_SOURCE = "<entrée>";

  /** A valid contract (no finding at all), which takes the path of valid documents. */
  private static final String VALID_SAMPLE = "internal/valide.json";

  /**
   * How many times {@link #prepare()} validates {@link #VALID_SAMPLE}: enough for the JIT compiler
   * to compile the path valid documents take (docs/performance.md).
   */
  static final int PREPARATION_ROUNDS = 100;

  private static final class Standard {
    static final ClsValidator INSTANCE = builder().build();
  }

  private final Profile profile;
  private final Locale locale;
  private final Clock clock;
  private final ClsJson json;
  /** The referential given to the builder, or the bundled one, which loads on first use. */
  private final Supplier<ReferentielTerritorial> referentiel;
  private final RuleCatalog catalog;
  private final List<RuleRunner.Active> businessRules;

  private ClsValidator(Builder b) {
    this.profile = b.profile;
    this.locale = b.locale;
    this.clock = b.clock;
    this.json = b.limits == null ? ClsJson.defaults() : ClsJson.withLimits(b.limits);
    ReferentielTerritorial given = b.referentiel;
    this.referentiel = given != null ? () -> given : ReferentielTerritorial::cog2026;
    List<Rule> extra = new ArrayList<>(b.rules);
    if (b.discover) {
      ServiceLoader.load(Rule.class).forEach(extra::add);
    }
    this.catalog = RuleCatalog.builtIn().with(extra);
    // A profile built for other rules would silently change nothing: say so at once.
    for (String ruleId : profile.ruleIds()) {
      if (catalog.find(ruleId).isEmpty()) {
        throw new IllegalArgumentException("profil « " + profile.id() + " » : "
            + ProfileException.Problem.unknownRule(catalog, ruleId).message(Locale.FRENCH));
      }
    }
    this.businessRules = RuleRunner.plan(catalog.businessRules(), profile);
  }

  /**
   * Does now, on the calling thread, the one-time work that the first validations would otherwise
   * pay: loads the referential and validates a bundled valid contract 100 times, so that the JIT
   * compiler has compiled the path of valid documents (about a second). For a long-running
   * application that wants its first document as fast as the next; a program that validates a few
   * documents and exits gains nothing from it.
   *
   * @return this validator
   */
  public ClsValidator prepare() {
    referentiel.get();
    byte[] valid;
    try (InputStream in = ClsValidator.class.getResourceAsStream(VALID_SAMPLE)) {
      valid = Objects.requireNonNull(in, VALID_SAMPLE).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled sample " + VALID_SAMPLE, e);
    }
    for (int i = 0; i < PREPARATION_ROUNDS; i++) {
      validate(NO_SOURCE, valid);
    }
    return this;
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
    return validate(source, json.check(utf8));
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
    return validate(source, json.check(text));
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
      return report(source, List.of(ioFinding("json.io.stream", String.valueOf(e.getMessage()))));
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
    if (Files.isDirectory(file)) {
      return report(source, List.of(ioFinding("json.io.directory", source)));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return validate(source, in);
    } catch (NoSuchFileException e) {
      return report(source, List.of(ioFinding("json.io.notFound", source)));
    } catch (IOException e) {
      return report(source, List.of(ioFinding("json.io", source, String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Validates a contract built in code, through the same checks as a document: the contract is
   * written in the format, the written document goes through the structural pass, and the business
   * rules check the contract. Findings have a pointer but no line.
   *
   * @param contrat the contract
   * @return the report
   */
  public Report validate(ContratLocalDeSante contrat) {
    Objects.requireNonNull(contrat, "contrat");
    List<Finding> out = new ArrayList<>();
    for (StructuralProblem p : json.check(json.writeBytes(contrat)).problems()) {
      out.add(structural(p, false));
    }
    RuleRunner.run(businessRules, contrat, referentiel, today(), pointer -> Optional.empty(), out);
    return report(NO_SOURCE, out);
  }

  private Report validate(String source, JsonReading reading) {
    List<Finding> out = new ArrayList<>();
    for (StructuralProblem p : reading.problems()) {
      out.add(structural(p, true));
    }
    reading.contrat().ifPresent(contrat ->
        RuleRunner.run(businessRules, contrat, referentiel, today(), reading::position, out));
    return report(source, out);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Report report(String source, List<Finding> findings) {
    return new Report(source == null ? NO_SOURCE : source, locale, findings);
  }

  private static Finding structural(StructuralProblem p, boolean located) {
    return new Finding(StageRules.of(p.ruleId()), Severity.ERROR, p.pointer(),
        located ? p.line() : -1, located ? p.column() : -1, p.messageKey(), p.arguments());
  }

  private static Finding ioFinding(String key, Object... arguments) {
    return new Finding(StageRules.json(JsonProblem.IO), Severity.ERROR, "", -1, -1, key, List.of(arguments));
  }

  /** Builds a {@link ClsValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Profile profile = Profile.national();
    private Locale locale = Locale.FRENCH;
    private Clock clock = Clock.systemDefaultZone();
    /** Null until the application sets limits: validators with the defaults share one reader. */
    private JsonLimits limits;
    private ReferentielTerritorial referentiel;
    private final List<Rule> rules = new ArrayList<>();
    private boolean discover;

    private Builder() {}

    /**
     * Sets the profile: a built-in one, one built with {@link Profile#builder}, or one read from a
     * profile file with {@link Profile#read(Path)}.
     *
     * @param profile the profile, {@link Profile#national()} by default; every rule it names must
     *     be among the validator's rules (checked by {@link #build()})
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
     * Builds the validator: plans the rules of the profile; loads, starts and validates nothing.
     *
     * @return the validator
     * @throws IllegalArgumentException if two rules have the same id, or the profile names a rule
     *     that is not among this validator's rules
     */
    public ClsValidator build() {
      return new ClsValidator(this);
    }
  }
}
