package io.clsante.rules.spi;

import io.clsante.model.internal.MessageFormatter;
import io.clsante.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A {@link Rule} whose texts come from a resource bundle, under the keys {@code <id>.summary},
 * {@code <id>.rationale} and {@code <id>.message} (and any other key the rule reports with).
 *
 * <p>Messages take positional arguments {@code {0}}, {@code {1}}… replaced by the typed arguments
 * of the finding, rendered in the language of the message: a code-list value as its label, a
 * {@code Montant} in euros, a {@code BigDecimal} with the language's decimal separator, a list as
 * its elements joined by commas, a {@link MessageKey} as the text of that key in the same bundle
 * (with the same arguments), anything else as {@code String.valueOf} gives it (numbers, ISO dates,
 * identifiers). Apostrophes need no escaping, unlike {@link java.text.MessageFormat}.
 *
 * <p>The bundle is looked up with the rule class's module and class loader, so an application
 * keeps its bundle beside its rules. French is the base bundle and the language of every locale
 * but English; provide an {@code _en} variant for English, and an empty {@code _fr} file so that
 * a French locale never falls back to the platform's default locale.
 */
public abstract class BundleRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String bundle;

  /**
   * Creates the rule.
   *
   * @param id the stable id
   * @param severity the default severity
   * @param bundle the base name of the resource bundle, for example {@code com.acme.rules.messages}
   */
  protected BundleRule(String id, Severity severity, String bundle) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.bundle = Objects.requireNonNull(bundle, "bundle");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String summary(Locale locale) {
    return text(locale, key("summary"));
  }

  @Override
  public String rationale(Locale locale) {
    return text(locale, key("rationale"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws MissingResourceException if the key, or the key of a {@link MessageKey} argument, is
   *     not in the bundle (a programming error)
   */
  @Override
  public String message(Locale locale, String key, List<?> arguments) {
    List<?> shown = arguments.stream()
        .map(a -> a instanceof MessageKey nested ? MessageFormatter.format(text(locale, nested.key()), arguments,
            locale) : a)
        .toList();
    return MessageFormatter.format(text(locale, key), shown, locale);
  }

  /**
   * Returns the base name of the bundle the texts are read from.
   *
   * @return the name given to the constructor, unless a subclass overrides it
   */
  protected String bundleName() {
    return bundle;
  }

  /**
   * Returns a key of this rule in its bundle.
   *
   * @param suffix what follows the id, for example {@code message} or {@code manque.periode}
   * @return {@code <id>.<suffix>}, for example {@code CLS-CYC-001.manque.periode}
   */
  protected final String key(String suffix) {
    return id + "." + suffix;
  }

  /**
   * Reads one text of the bundle, in French unless the locale's language is English.
   *
   * @param locale the locale
   * @param key the key
   * @return the text
   * @throws MissingResourceException if the bundle or the key is missing (a programming error)
   */
  protected final String text(Locale locale, String key) {
    return ResourceBundle.getBundle(bundleName(), MessageFormatter.language(locale), getClass().getModule())
        .getString(key);
  }
}
