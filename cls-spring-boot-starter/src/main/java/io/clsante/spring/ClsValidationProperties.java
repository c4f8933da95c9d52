package io.clsante.spring;

import io.clsante.rules.Profile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the shared validator and of the validation endpoint, bound from the
 * application's properties under {@code cls.validation}:
 *
 * <pre>
 * cls.validation.profile=occitanie
 * cls.validation.locale=en
 * cls.validation.reference-date=2026-11-22
 * cls.validation.endpoint.enabled=true
 * cls.validation.endpoint.path=/api/cls/validation
 * </pre>
 *
 * <p>Every value is checked when the application starts: an unknown profile, a language other
 * than {@code fr} or {@code en}, a date that is not an ISO date ({@code AAAA-MM-JJ}) or a path
 * that does not start with {@code /} stops the start-up with a message that names the property,
 * the value and what is expected.
 *
 * <p>Immutable and thread-safe.
 */
@ConfigurationProperties(prefix = ClsValidationProperties.PREFIX)
public final class ClsValidationProperties {
  /** The prefix of the properties: {@value}. */
  public static final String PREFIX = "cls.validation";

  private final Profile profile;
  private final Locale locale;
  private final LocalDate referenceDate;
  private final Endpoint endpoint;

  /**
   * Checks and converts the bound values.
   *
   * @param profile the id of a built-in profile ({@link Profile#byId(String)}), {@code national}
   *     by default
   * @param locale the language of the messages, {@code fr} (default) or {@code en}
   * @param referenceDate the reference date of the time-dependent rules, an ISO date; absent or
   *     empty for the current date of each validation
   * @param endpoint the settings of the validation endpoint
   * @throws IllegalArgumentException if a value is not one of those expected
   */
  public ClsValidationProperties(
      @DefaultValue("national") String profile,
      @DefaultValue("fr") String locale,
      String referenceDate,
      @DefaultValue Endpoint endpoint) {
    this.profile = profile(profile);
    this.locale = locale(locale);
    this.referenceDate = referenceDate(referenceDate);
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  /**
   * Returns the built-in profile the validator applies.
   *
   * @return the profile, {@link Profile#national()} by default
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the language of the messages of the reports and of the problem details.
   *
   * @return {@link Locale#FRENCH} (default) or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the fixed reference date of the time-dependent rules.
   *
   * @return the date, or empty when each validation takes the current date
   */
  public Optional<LocalDate> referenceDate() {
    return Optional.ofNullable(referenceDate);
  }

  /**
   * Returns the settings of the validation endpoint.
   *
   * @return the endpoint settings
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  private static Profile profile(String id) {
    return Profile.byId(id.trim()).orElseThrow(() -> new IllegalArgumentException(String.format(
        "%s.profile: unknown profile \"%s\"; expected one of %s", PREFIX, id,
        Profile.builtIn().stream().map(Profile::id).collect(Collectors.joining(", ")))));
  }

  private static Locale locale(String tag) {
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    if (language.equals("fr")) {
      return Locale.FRENCH;
    }
    if (language.equals("en")) {
      return Locale.ENGLISH;
    }
    throw new IllegalArgumentException(String.format(
        "%s.locale: unsupported language \"%s\"; expected fr or en", PREFIX, tag));
  }

  private static LocalDate referenceDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      // The parser's own message adds nothing the user can act on.
      throw new IllegalArgumentException(String.format(
          "%s.reference-date: \"%s\" is not an ISO date; expected YYYY-MM-DD, for example 2026-11-22",
          PREFIX, text));
    }
  }

  /**
   * The settings of the validation endpoint, under {@code cls.validation.endpoint}: off by
   * default; when on, it answers {@code POST} requests at its path.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Endpoint {
    /** The default path of the endpoint: {@value}. */
    public static final String DEFAULT_PATH = "/cls/validation";

    private final boolean enabled;
    private final String path;

    /**
     * Checks the bound values.
     *
     * @param enabled whether the endpoint is set up, {@code false} by default
     * @param path the path it answers at, {@value #DEFAULT_PATH} by default
     * @throws IllegalArgumentException if the path does not start with {@code /}
     */
    public Endpoint(@DefaultValue("false") boolean enabled, @DefaultValue(DEFAULT_PATH) String path) {
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException(String.format(
            "%s.endpoint.path: \"%s\" does not start with /; expected a path such as %s", PREFIX, path, DEFAULT_PATH));
      }
      this.enabled = enabled;
      this.path = path;
    }

    /**
     * Returns whether the endpoint is set up.
     *
     * @return {@code true} when {@code cls.validation.endpoint.enabled=true}
     */
    public boolean enabled() {
      return enabled;
    }

    /**
     * Returns the path the endpoint answers at.
     *
     * @return the path, {@value #DEFAULT_PATH} by default
     */
    public String path() {
      return path;
    }
  }
}
