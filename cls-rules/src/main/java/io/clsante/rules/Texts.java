package io.clsante.rules;

import io.clsante.model.internal.MessageFormatter;
import io.clsante.rules.internal.StageRules;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The validator's own texts (severities, the line of a finding), in the bundle of the library's rules. */
final class Texts {
  private Texts() {}

  /**
   * Renders a text of the bundle {@code io.clsante.rules.messages} with the one formatter.
   *
   * @param locale French (default) or English
   * @param key the key
   * @param arguments the arguments of the text
   * @return the text
   */
  static String format(Locale locale, String key, Object... arguments) {
    String template = ResourceBundle.getBundle(StageRules.BUNDLE, MessageFormatter.language(locale)).getString(key);
    return MessageFormatter.format(template, List.of(arguments), locale);
  }
}
