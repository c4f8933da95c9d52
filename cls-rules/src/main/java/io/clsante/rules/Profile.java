package io.clsante.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of severity overrides applied to the rules: the {@linkplain #national() national}
 * default keeps every rule at its default severity; a regional profile such as
 * {@linkplain #occitanie() Occitanie} may raise, lower or switch off rules.
 *
 * <p>Example: {@code Profile.builder("mon-profil", "Mon profil").severity("CLS-AXE-006",
 * Severity.ERROR).disable("CLS-AXE-004").build()}. Immutable and thread-safe.
 */
public final class Profile {
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
   * Starts a new profile.
   *
   * @param id a stable id, lower-case
   * @param libelle a label for people
   * @return a builder
   */
  public static Builder builder(String id, String libelle) {
    return new Builder(id, libelle);
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

  @Override
  public String toString() {
    return id;
  }

  /** Builds a {@link Profile}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String libelle;
    private final Map<String, Severity> severities = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();

    private Builder(String id, String libelle) {
      this.id = Objects.requireNonNull(id, "id");
      this.libelle = Objects.requireNonNull(libelle, "libelle");
    }

    /**
     * Starts from another profile's overrides.
     *
     * @param base the profile to extend
     * @return this builder
     */
    public Builder from(Profile base) {
      severities.putAll(base.severities);
      disabled.addAll(base.disabled);
      return this;
    }

    /**
     * Gives a rule another severity.
     *
     * @param ruleId the rule id
     * @param severity the severity under this profile
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      disabled.remove(ruleId);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public Profile build() {
      return new Profile(this);
    }
  }
}
