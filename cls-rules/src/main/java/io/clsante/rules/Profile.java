package io.clsante.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of severity overrides applied to the rules: the {@linkplain #national() national}
 * default keeps every rule at its default severity; a regional profile such as
 * {@linkplain #occitanie() Occitanie} may raise, lower or switch off rules.
 *
 * <p>A profile is built in code, from the rules of a {@link RuleCatalog}: {@code
 * Profile.builder("mon-profil", "Mon profil").from(Profile.national()).severity("CLS-AXE-006",
 * Severity.ERROR).disable("CLS-AXE-004").build()}; or read from a profile file, a small JSON
 * document published with its JSON Schema ({@code schema/cls/profil/1.0/profil.schema.json},
 * described in {@code docs/profils.md}):
 *
 * <pre>{@code
 * {
 *   "id": "mon-profil",
 *   "libelle": "Mon profil",
 *   "base": "occitanie",
 *   "regles": {"CLS-AXE-006": "ERROR", "CLS-AXE-004": "OFF"}
 * }
 * }</pre>
 *
 * <p>with {@link #read(Path)}. Either way an id that no rule of the catalog has is refused, with the
 * ids close to it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Profile {
  /**
   * The level that switches a rule off, beside the severities' names, in profile files and on the
   * command line ({@code --severity CLS-AXE-004=OFF}): the word {@code cls rules --format json}
   * prints for a rule the profile switches off.
   */
  public static final String OFF = "OFF";

  /** Every level a profile file or the command line may give a rule, in the order of the messages. */
  static final List<String> LEVELS = List.of(Severity.ERROR.name(), Severity.WARNING.name(),
      Severity.INFO.name(), OFF);

  private static final Profile NATIONAL = builder("national", "Profil national par défaut").build();
  private static final Profile OCCITANIE = builder("occitanie", "ARS Occitanie")
      // Occitanie asks every fiche action to be evaluable: an indicator is mandatory.
      .severity("CLS-AXE-006", Severity.ERROR)
      // and the record of a signed contract to be complete: signatories, period, axes.
      .severity("CLS-CYC-001", Severity.ERROR)
      .severity("CLS-AXE-001", Severity.ERROR)
      .build();

  private final String id;
  private final String libelle;
  private final Map<String, Severity> severities;
  private final Set<String> disabled;

  private Profile(Builder b) {
    this.id = b.id;
    this.libelle = b.libelle;
    this.severities = Map.copyOf(b.severities);
    this.disabled = Set.copyOf(b.disabled);
  }

  /**
   * Returns the national default profile: every rule at its default severity.
   *
   * @return the profile {@code national}
   */
  public static Profile national() {
    return NATIONAL;
  }

  /**
   * Returns the Occitanie profile: a fiche action without indicator, and a signed contract without
   * signatories, period or axes, are ERRORs.
   *
   * @return the profile {@code occitanie}
   */
  public static Profile occitanie() {
    return OCCITANIE;
  }

  /**
   * Returns the profiles shipped with the library.
   *
   * @return {@code national} and {@code occitanie}
   */
  public static List<Profile> builtIn() {
    return List.of(NATIONAL, OCCITANIE);
  }

  /**
   * Finds a shipped profile by id.
   *
   * @param id for example {@code occitanie}
   * @return the profile, or empty when none has that id
   */
  public static Optional<Profile> byId(String id) {
    return builtIn().stream().filter(p -> p.id.equals(id)).findFirst();
  }

  /**
   * Starts a new profile of the library's own rules ({@link RuleCatalog#builtIn()}).
   *
   * @param id a stable id, lower-case
   * @param libelle a label for people
   * @return a builder
   */
  public static Builder builder(String id, String libelle) {
    return new Builder(id, libelle, RuleCatalog.builtIn());
  }

  /**
   * Starts a new profile whose overrides may name the rules of a catalog, for example one with an
   * application's rules: {@code RuleCatalog.builtIn().with(List.of(myRule))}, or
   * {@code validator.catalog()}.
   *
   * @param id a stable id, lower-case
   * @param libelle a label for people
   * @param catalog the rules the profile may name
   * @return a builder
   */
  public static Builder builder(String id, String libelle, RuleCatalog catalog) {
    return new Builder(id, libelle, Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Reads a profile file of the library's own rules. The file is UTF-8 JSON of at most 1 MiB, read
   * strictly: an unknown or repeated property, an unknown rule, level or base profile, a value of
   * the wrong type are each a located problem.
   *
   * <p>Example: {@code Profile p = Profile.read(Path.of("examples/profils/fiches-evaluables.json"));}
   *
   * @param file the file
   * @return the profile: the base profile's overrides, then the file's
   * @throws ProfileException if the file is not a valid profile; it gives every problem, each with
   *     its line and column
   * @throws IOException if the file cannot be read (missing, a directory, unreadable)
   */
  public static Profile read(Path file) throws IOException {
    return read(file, RuleCatalog.builtIn());
  }

  /**
   * Reads a profile file whose overrides may name the rules of a catalog.
   *
   * @param file the file
   * @param catalog the rules the file may name
   * @return the profile
   * @throws ProfileException if the file is not a valid profile
   * @throws IOException if the file cannot be read
   */
  public static Profile read(Path file, RuleCatalog catalog) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, catalog);
    }
  }

  /**
   * Reads a profile file from a stream, to its end (or one byte past 1 MiB); the stream is not
   * closed.
   *
   * @param source the name of the input in the problems' messages, for example its path
   * @param in the UTF-8 JSON
   * @return the profile
   * @throws ProfileException if the input is not a valid profile
   * @throws IOException if the stream cannot be read
   */
  public static Profile read(String source, InputStream in) throws IOException {
    return read(source, in, RuleCatalog.builtIn());
  }

  /**
   * Reads a profile file from a stream, whose overrides may name the rules of a catalog.
   *
   * @param source the name of the input in the problems' messages
   * @param in the UTF-8 JSON
   * @param catalog the rules the input may name
   * @return the profile
   * @throws ProfileException if the input is not a valid profile
   * @throws IOException if the stream cannot be read
   */
  public static Profile read(String source, InputStream in, RuleCatalog catalog) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(catalog, "catalog");
    byte[] bytes = Objects.requireNonNull(in, "in").readNBytes(ProfileReader.MAX_BYTES + 1);
    return new ProfileReader(source, catalog).read(bytes);
  }

  /**
   * Returns the id.
   *
   * @return for example {@code occitanie}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the label.
   *
   * @return for example {@code ARS Occitanie}
   */
  public String libelle() {
    return libelle;
  }

  /**
   * Returns the severity a rule has under this profile.
   *
   * @param ruleId the rule id
   * @param defaultSeverity the rule's default severity
   * @return the severity, or empty when the profile switches the rule off
   */
  public Optional<Severity> severityOf(String ruleId, Severity defaultSeverity) {
    if (disabled.contains(ruleId)) {
      return Optional.empty();
    }
    return Optional.of(severities.getOrDefault(ruleId, defaultSeverity));
  }

  /**
   * Returns the overridden severities.
   *
   * @return an immutable map from rule id to severity
   */
  public Map<String, Severity> severities() {
    return severities;
  }

  /**
   * Returns the rules this profile switches off.
   *
   * @return an immutable set of rule ids
   */
  public Set<String> disabled() {
    return disabled;
  }

  /** The rules this profile names, switched off or given a severity. */
  Set<String> ruleIds() {
    Set<String> ids = new TreeSet<>(severities.keySet());
    ids.addAll(disabled);
    return ids;
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * Builds a {@link Profile}. Each method checks its rule id against the builder's catalog at the
   * call. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String libelle;
    private final RuleCatalog catalog;
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();

    private Builder(String id, String libelle, RuleCatalog catalog) {
      this.id = Objects.requireNonNull(id, "id");
      this.libelle = Objects.requireNonNull(libelle, "libelle");
      this.catalog = catalog;
    }

    /**
     * Starts from another profile's overrides.
     *
     * @param base the profile to extend
     * @return this builder
     * @throws IllegalArgumentException if the base names a rule this builder's catalog does not have
     */
    public Builder from(Profile base) {
      base.ruleIds().forEach(this::known);
      severities.putAll(base.severities);
      disabled.addAll(base.disabled);
      return this;
    }

    /**
     * Gives a rule another severity (and switches it on again if it was off).
     *
     * @param ruleId the rule id, for example {@code CLS-AXE-006}
     * @param severity the severity under this profile
     * @return this builder
     * @throws IllegalArgumentException if no rule of the catalog has that id; the message names the
     *     ids close to it
     */
    public Builder severity(String ruleId, Severity severity) {
      known(ruleId);
      severities.put(ruleId, Objects.requireNonNull(severity, "severity"));
      disabled.remove(ruleId);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule id, for example {@code CLS-AXE-004}
     * @return this builder
     * @throws IllegalArgumentException if no rule of the catalog has that id
     */
    public Builder disable(String ruleId) {
      known(ruleId);
      disabled.add(ruleId);
      severities.remove(ruleId);
      return this;
    }

    /**
     * Sets a rule's level as profile files and the command line write it: a severity's name
     * ({@code ERROR}, {@code WARNING}, {@code INFO}) or {@link #OFF}, upper-case.
     *
     * @param ruleId the rule id
     * @param level for example {@code ERROR}
     * @return this builder
     * @throws IllegalArgumentException if no rule of the catalog has that id, or the level is not
     *     one of the four; the message says which are expected
     */
    public Builder level(String ruleId, String level) {
      known(ruleId);
      if (!LEVELS.contains(Objects.requireNonNull(level, "level"))) {
        throw new IllegalArgumentException(ProfileException.Problem.unknownLevel(ruleId, level).message(Locale.FRENCH));
      }
      return level.equals(OFF) ? disable(ruleId) : severity(ruleId, Severity.valueOf(level));
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public Profile build() {
      return new Profile(this);
    }

    /** The catalog the builder checks ids against. */
    RuleCatalog catalog() {
      return catalog;
    }

    private void known(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      if (catalog.find(ruleId).isEmpty()) {
        throw new IllegalArgumentException(ProfileException.Problem.unknownRule(catalog, ruleId).message(Locale.FRENCH));
      }
    }
  }
}
