package io.clsante.model.json;

import io.clsante.model.internal.MessageFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A problem of the structure of a document, found by the structural pass of {@link ClsJson}: the
 * document cannot be read (rule ids {@code CLS-JSON-0xx}, see {@link JsonProblem}), breaks a
 * keyword of the published JSON Schema ({@code CLS-SCH-0xx}, see {@link SchemaKeyword}), or holds
 * a value that the schema accepts and the model refuses ({@code CLS-JSON-007} for an integer
 * written with a fraction part, {@code CLS-JSON-008} for a value its type refuses, such as a SIREN
 * whose check digit is wrong, and {@code CLS-CNT-001} for a constraint of the model that the schema
 * cannot state, such as an e-mail address).
 *
 * <p>A problem is data: where it is, which rule it breaks, a message key of the bundle
 * {@code io/clsante/model/json/messages} and typed arguments ({@code String} property names and
 * values, {@code Integer}, {@code Long} or {@code BigDecimal} bounds, the {@link JsonType}s of a
 * type problem, lists of allowed codes). {@link #message(Locale)} renders it in French or English.
 * The value of a property marked {@code @DonneePersonnelle} is never among the arguments.
 *
 * <p>Example: {@code StructuralProblem[ruleId=CLS-SCH-001, keyword=required, pointer=/axes/0,
 * line=12, column=5, messageKey=schema.required, arguments=[intitule]]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the stable id of the rule, for example {@code CLS-SCH-001}
 * @param keyword what was checked: the JSON Schema keyword ({@code required}) for a
 *     {@code CLS-SCH} problem, the name of the {@link JsonProblem} ({@code SYNTAX}) for a
 *     {@code CLS-JSON} problem, the simple name of the constraint ({@code Email}) for a
 *     {@code CLS-CNT} problem
 * @param pointer the JSON Pointer (RFC 6901) of the value concerned, the empty string for the
 *     whole document
 * @param line the line where the value starts, from 1, or -1 when unknown
 * @param column the column where the value starts, from 1, or -1 when unknown
 * @param messageKey the key of the message in the bundle, for example {@code schema.required}
 * @param arguments the arguments of the message, in order
 */
public record StructuralProblem(
    String ruleId, String keyword, String pointer, int line, int column, String messageKey,
    List<Object> arguments) {

  /** The base name of the bundle of the messages. */
  static final String BUNDLE = "io.clsante.model.json.messages";

  /**
   * Checks the parts and copies the arguments.
   *
   * @param ruleId the stable id of the rule, for example {@code CLS-SCH-001}
   * @param keyword what was checked: the JSON Schema keyword, the name of the {@link JsonProblem}
   *     or the simple name of the constraint
   * @param pointer the JSON Pointer (RFC 6901) of the value concerned, the empty string for the
   *     whole document
   * @param line the line where the value starts, from 1, or -1 when unknown
   * @param column the column where the value starts, from 1, or -1 when unknown
   * @param messageKey the key of the message in the bundle, for example {@code schema.required}
   * @param arguments the arguments of the message, in order
   * @throws NullPointerException if a part or an argument is null
   */
  public StructuralProblem {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  /**
   * Returns the message, without the location, in the given language.
   *
   * @param locale the language: English for {@code en}, French otherwise
   * @return for example {@code propriété obligatoire « intitule » absente}
   */
  public String message(Locale locale) {
    return message(messageKey, arguments, locale);
  }

  /**
   * Renders a message of the structural pass's bundle: what {@link #message(Locale)} does for a
   * problem, for a key and arguments kept elsewhere (a validator's finding keeps them).
   *
   * @param messageKey a key of the bundle {@code io/clsante/model/json/messages}
   * @param arguments its typed arguments
   * @param locale the language: English for {@code en}, French otherwise
   * @return the message
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public static String message(String messageKey, List<?> arguments, Locale locale) {
    return MessageFormatter.format(ResourceBundle.getBundle(BUNDLE, MessageFormatter.language(locale)),
        messageKey, arguments, locale);
  }

  /**
   * Returns a problem of one of the {@link JsonProblem} kinds: its rule id, and its name as the
   * keyword.
   *
   * @param problem the kind
   * @param pointer the JSON Pointer of the value concerned
   * @param line the line, from 1; anything less when unknown
   * @param column the column, from 1; anything less when unknown
   * @param messageKey the key of the message
   * @param arguments the arguments of the message
   * @return the problem
   */
  static StructuralProblem of(JsonProblem problem, String pointer, int line, int column, String messageKey,
      Object... arguments) {
    return new StructuralProblem(problem.ruleId(), problem.name(), pointer, line > 0 ? line : -1,
        column > 0 ? column : -1, messageKey, List.of(arguments));
  }

  /**
   * Returns a copy at another position.
   *
   * @param position where the value starts
   * @return the copy
   */
  StructuralProblem at(Position position) {
    return new StructuralProblem(ruleId, keyword, pointer, position.line(), position.column(), messageKey,
        arguments);
  }

  /**
   * Tells whether the position is known.
   *
   * @return true when the line is
   */
  boolean located() {
    return line > 0;
  }
}
