package io.clsante.rules.spi;

import io.clsante.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A {@link Rule} whose texts come from a resource bundle, under the keys {@code <id>.summary},
 * {@code <id>.rationale} and {@code <id>.message}. Messages take positional arguments
 * {@code {0}}, {@code {1}}… replaced as plain text (apostrophes need no escaping, unlike
 * {@link java.text.MessageFormat}).
 *
 * <p>The bundle is looked up with the rule class's module and class loader, so an application
 * keeps its bundle beside its rules. French is the base bundle; provide an {@code _en} variant
 * for English, and an empty {@code _fr} file so that a French locale never falls back to the
 * platform's default locale.
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
    return text(locale, id + ".summary");
  }

  @Override
  public String rationale(Locale locale) {
    return text(locale, id + ".rationale");
  }

  @Override
  public String message(Locale locale, List<String> arguments) {
    return format(text(locale, id + ".message"), arguments);
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
   * Reads one text of the bundle.
   *
   * @param locale the locale
   * @param key the key
   * @return the text
   * @throws MissingResourceException if the bundle or the key is missing (a programming error)
   */
  protected final String text(Locale locale, String key) {
    ResourceBundle b = ResourceBundle.getBundle(bundleName(), locale == null ? Locale.FRENCH : locale,
        getClass().getModule());
    return b.getString(key);
  }

  /**
   * Replaces {@code {0}}, {@code {1}}… by the arguments, as plain text.
   *
   * @param pattern the pattern
   * @param arguments the arguments
   * @return the formatted text
   */
  public static String format(String pattern, List<String> arguments) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        sb.append(n < arguments.size() ? arguments.get(n) : "");
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
