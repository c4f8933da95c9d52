package io.clsante.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One way a JSON document breaks the CLS JSON Schema: where, which keyword of the schema, and with
 * which arguments.
 *
 * <p>A violation is data; its message is rendered on demand, in French by default or in English:
 * <pre>
 *   pointer        /acteurs/0
 *   line, column   12, 7
 *   schemaLocation #/$defs/Acteur/additionalProperties
 *   keyword        additionalProperties
 *   arguments      [sirne]
 *   message()      propriété « sirne » inconnue
 *   message(EN)    unknown property "sirne"
 * </pre>
 *
 * <p>The {@linkplain #pointer() pointer} is the instance location of JSON Schema: the value the
 * keyword applies to. For {@code required} and {@code additionalProperties} that is the
 * <em>object</em>, and the property is named in the arguments, as JSON Schema engines of other
 * languages (ajv, Python {@code jsonschema}) report it. The {@linkplain #line() line} and
 * {@linkplain #column() column} are those of the offending text: where the object starts for a
 * missing property, where the value of an unknown property starts for an unknown property, where the
 * value starts otherwise.
 *
 * <p>The {@linkplain #arguments() arguments} depend on the keyword:
 * <table>
 *   <caption>Arguments by keyword</caption>
 *   <tr><th>keyword</th><th>arguments</th></tr>
 *   <tr><td>{@code required}</td><td>the missing property</td></tr>
 *   <tr><td>{@code additionalProperties}</td><td>the unknown property</td></tr>
 *   <tr><td>{@code type}</td><td>the expected JSON type, the JSON type found ({@code string},
 *       {@code integer}, {@code number}, {@code boolean}, {@code object}, {@code array},
 *       {@code null})</td></tr>
 *   <tr><td>{@code enum}</td><td>the value, the allowed values joined by {@code ", "}</td></tr>
 *   <tr><td>{@code const}</td><td>the value, the expected value</td></tr>
 *   <tr><td>{@code pattern}</td><td>the value, the regular expression</td></tr>
 *   <tr><td>{@code maxLength}, {@code minLength}</td><td>the length of the value in characters
 *       (code points), the limit</td></tr>
 *   <tr><td>{@code minimum}, {@code maximum}, {@code exclusiveMinimum},
 *       {@code exclusiveMaximum}</td><td>the value, the limit</td></tr>
 *   <tr><td>{@code minItems}, {@code maxItems}</td><td>the number of items, the limit</td></tr>
 *   <tr><td>other keywords</td><td>the arguments of the engine, as text</td></tr>
 * </table>
 * A value is given as written in the document for a string, as JSON text otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document
 * @param line the line of the offending text, from 1, or -1 when unknown (input given as a tree)
 * @param column the column of the offending text, from 1, or -1 when unknown
 * @param schemaLocation the location of the failing keyword in the schema, relative to the schema's
 *     {@code $id}, for example {@code #/$defs/Acteur/properties/nom/maxLength}
 * @param keyword the failing JSON Schema keyword, for example {@code required}
 * @param arguments the arguments of the message, as listed above; immutable
 */
public record SchemaViolation(
    String pointer, int line, int column, String schemaLocation, String keyword,
    List<String> arguments) {

  private static final String BUNDLE = "io.clsante.schema.messages";
  private static final String KEY_PREFIX = "schema.";

  /**
   * Checks and copies the parts of a violation.
   *
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the line of the offending text, from 1, or -1
   * @param column the column of the offending text, from 1, or -1
   * @param schemaLocation the location of the failing keyword in the schema
   * @param keyword the failing keyword
   * @param arguments the arguments of the message; copied
   * @throws NullPointerException if a part or an argument is null
   * @throws IllegalArgumentException if the pointer neither is empty nor starts with {@code /}, if
   *     the line or the column is neither -1 nor positive, or if the keyword is empty
   */
  public SchemaViolation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(schemaLocation, "schemaLocation");
    Objects.requireNonNull(keyword, "keyword");
    arguments = List.copyOf(arguments);
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("JSON Pointer expected, empty or starting with '/': " + pointer);
    }
    if ((line != -1 && line < 1) || (column != -1 && column < 1)) {
      throw new IllegalArgumentException(
          "Line and column must be -1 (unknown) or from 1: " + line + ", " + column);
    }
    if (keyword.isEmpty()) {
      throw new IllegalArgumentException("Empty keyword");
    }
  }

  /**
   * Returns the key of the message in the bundle {@code io/clsante/schema/messages.properties}.
   *
   * <p>It is {@code schema.} followed by the keyword ({@code schema.required}), except for a
   * {@code pattern} of a named format ({@code schema.pattern.Siren}, {@code schema.pattern.nonBlank}
   * for a text that must not be blank) and for keywords this schema does not use
   * ({@code schema.other}).
   *
   * @return the message key, for example {@code schema.additionalProperties}
   */
  public String messageKey() {
    ResourceBundle fr = bundle(Locale.ROOT);
    if ("pattern".equals(keyword)) {
      String named = namedPatternKey();
      if (named != null && fr.containsKey(named)) {
        return named;
      }
    }
    String key = KEY_PREFIX + keyword;
    return fr.containsKey(key) ? key : KEY_PREFIX + "other";
  }

  /**
   * Returns the message in French.
   *
   * @return for example {@code propriété obligatoire « intitule » absente}
   */
  public String message() {
    return message(Locale.FRENCH);
  }

  /**
   * Returns the message in the given language: English when the language is English, French
   * otherwise.
   *
   * @param locale the locale, may be null for French
   * @return for example {@code missing required property "intitule"} in English
   */
  public String message(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String template = bundle.getString(messageKey());
    StringBuilder out = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1) {
        String slot = template.substring(i + 1, close);
        String value = slot(bundle, slot);
        if (value != null) {
          out.append(value);
          i = close;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Returns the location and the French message, for example
   * {@code /acteurs/0 (ligne 12, colonne 7) : propriété « sirne » inconnue}.
   *
   * @return a description for logs and test failures
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      sb.append(" (ligne ").append(line);
      if (column > 0) {
        sb.append(", colonne ").append(column);
      }
      sb.append(')');
    }
    return sb.append(" : ").append(message()).toString();
  }

  // {0}, {1}… are arguments; {keyword} is the keyword. A type name is translated ("json.string").
  private String slot(ResourceBundle bundle, String slot) {
    if ("keyword".equals(slot)) {
      return keyword;
    }
    int index;
    try {
      index = Integer.parseInt(slot);
    } catch (NumberFormatException e) {
      return null;
    }
    if (index < 0 || index >= arguments.size()) {
      return "";
    }
    String value = arguments.get(index);
    if ("type".equals(keyword) && bundle.containsKey("json." + value)) {
      return bundle.getString("json." + value);
    }
    return value;
  }

  // "#/$defs/Siren/pattern" names the format Siren; a blank-text pattern is recognised by its regex.
  private String namedPatternKey() {
    if (arguments.size() > 1 && ClsSchema.NOT_BLANK.equals(arguments.get(1))) {
      return KEY_PREFIX + "pattern.nonBlank";
    }
    String prefix = "#/$defs/";
    if (schemaLocation.startsWith(prefix) && schemaLocation.endsWith("/pattern")) {
      String def = schemaLocation.substring(prefix.length(), schemaLocation.length() - "/pattern".length());
      if (def.indexOf('/') < 0) {
        return KEY_PREFIX + "pattern." + def;
      }
    }
    return null;
  }

  // Asking for Locale.ROOT (not FRENCH) keeps the French base bundle whatever the JVM's default
  // locale: ResourceBundle falls back to the default locale only when asked for another locale.
  private static ResourceBundle bundle(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    return ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT);
  }
}
