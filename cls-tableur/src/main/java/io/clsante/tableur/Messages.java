package io.clsante.tableur;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's one message bundle, {@code io/clsante/tableur/messages_fr.properties} and
 * {@code messages_en.properties}, with the same keys (tested). Placeholders {@code {0}}, {@code {1}}…
 * are replaced by their arguments as text: an apostrophe is written plainly.
 */
final class Messages {
  private static final String BUNDLE = "io.clsante.tableur.messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private Messages() {}

  static ResourceBundle bundle(Locale locale) {
    Locale language = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
    return ResourceBundle.getBundle(BUNDLE, language, Messages.class.getModule());
  }

  static String format(Locale locale, String key, Object... args) {
    Matcher m = PLACEHOLDER.matcher(bundle(locale).getString(key));
    return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf(args[Integer.parseInt(r.group(1))])));
  }
}
