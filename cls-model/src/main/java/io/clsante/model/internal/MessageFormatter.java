package io.clsante.model.internal;

import io.clsante.model.CodeList;
import io.clsante.model.Montant;
import io.clsante.model.json.JsonType;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a message template with typed arguments, in French or in English: the one formatter of
 * the library's messages.
 *
 * <p>A placeholder {@code {n}} is replaced by the argument at index {@code n}, rendered for the
 * language; the rest of the template is copied as it is (an apostrophe needs no escaping, unlike
 * {@link java.text.MessageFormat}). A placeholder without an argument is left as written, so that
 * tests can spot it. Arguments are rendered by type:
 *
 * <ul>
 *   <li>a {@link CodeList} value: its {@linkplain CodeList#label(Locale) label} ("En vigueur",
 *       "in force");
 *   <li>a {@link Montant}: its value in euros, with at least two decimals ({@code 1 500,00 €},
 *       {@code €1,500.00}); its tax base and unit are not shown;
 *   <li>a {@link BigDecimal} (amounts, shares, indicator values): grouped by thousands, with the
 *       decimal separator of the language and every decimal it has ({@code 1 500,5},
 *       {@code 1,500.5}), as the messages about money read naturally so; the symbols are fixed
 *       here rather than taken from the JDK's locale data, so messages do not change with the JDK;
 *   <li>a {@link JsonType}: its name in the language ("une chaîne", "a string");
 *   <li>a {@link Collection}: its elements, each rendered by these rules, joined by {@code ", "};
 *   <li>anything else, such as a string, an {@code Integer} (numbers, counts, years), a
 *       {@code LocalDate} (ISO-8601) or an identifier: {@link String#valueOf(Object)}, the same in
 *       both languages.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageFormatter {
  /** The bundle of the structural pass's messages, which also names the JSON types. */
  private static final String MODEL_BUNDLE = "io.clsante.model.json.messages";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
  private static final char NARROW_NO_BREAK_SPACE = '\u202f';
  private static final char NO_BREAK_SPACE = '\u00a0';

  private MessageFormatter() {}

  /**
   * Renders the template of a key of a bundle with its arguments.
   *
   * @param bundle the bundle, already chosen for the language
   * @param key the key of the template
   * @param arguments the typed arguments
   * @param locale French (default) or English
   * @return the message
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public static String format(ResourceBundle bundle, String key, List<?> arguments, Locale locale) {
    return format(bundle.getString(key), arguments, locale);
  }

  /**
   * Renders a template with its arguments.
   *
   * @param template the template, with {@code {0}}-style placeholders
   * @param arguments the typed arguments
   * @param locale French (default) or English
   * @return the message
   */
  public static String format(String template, List<?> arguments, Locale locale) {
    return PLACEHOLDER.matcher(template).replaceAll(m -> {
      int index = Integer.parseInt(m.group(1));
      return Matcher.quoteReplacement(index < arguments.size() ? text(arguments.get(index), locale) : m.group());
    });
  }

  /**
   * Renders one argument as {@link #format} does.
   *
   * @param argument the argument
   * @param locale the language
   * @return its text
   */
  public static String text(Object argument, Locale locale) {
    if (argument instanceof CodeList code) {
      return code.label(locale);
    }
    if (argument instanceof JsonType type) {
      return ResourceBundle.getBundle(MODEL_BUNDLE, language(locale)).getString("type." + type.keyword());
    }
    if (argument instanceof Montant montant) {
      return montant(montant, locale);
    }
    if (argument instanceof BigDecimal number) {
      return decimal(number, locale, 0);
    }
    if (argument instanceof Collection<?> elements) {
      return elements.stream().map(e -> text(e, locale)).collect(Collectors.joining(", "));
    }
    return String.valueOf(argument);
  }

  /**
   * Returns the language messages are rendered in for a locale: English when its language is
   * English, French for every other locale and for null.
   *
   * @param locale the locale asked for
   * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}
   */
  public static Locale language(Locale locale) {
    return isEnglish(locale) ? Locale.ENGLISH : Locale.FRENCH;
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  // A value, else its range: "8 000,00 € – 10 000,00 €", "≥ 8 000,00 €", "≤ 10 000,00 €".
  private static String montant(Montant montant, Locale locale) {
    if (montant.valeur().isPresent()) {
      return euros(montant.valeur().get(), locale);
    }
    Optional<String> minimum = montant.minimum().map(m -> euros(m, locale));
    Optional<String> maximum = montant.maximum().map(m -> euros(m, locale));
    if (minimum.isPresent() && maximum.isPresent()) {
      return minimum.get() + " – " + maximum.get();
    }
    return minimum.map(m -> "≥ " + m).or(() -> maximum.map(m -> "≤ " + m)).orElse("?");
  }

  private static String euros(BigDecimal value, Locale locale) {
    String sign = value.signum() < 0 ? "-" : "";
    String digits = decimal(value.abs(), locale, 2);
    return isEnglish(locale) ? sign + "€" + digits : sign + digits + NO_BREAK_SPACE + "€";
  }

  private static String decimal(BigDecimal value, Locale locale, int minimumDecimals) {
    boolean english = isEnglish(locale);
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(english ? ',' : NARROW_NO_BREAK_SPACE);
    symbols.setDecimalSeparator(english ? '.' : ',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minimumDecimals);
    // Never round a value away: show every decimal it has.
    format.setMaximumFractionDigits(Math.max(minimumDecimals, value.stripTrailingZeros().scale()));
    return format.format(value);
  }
}
