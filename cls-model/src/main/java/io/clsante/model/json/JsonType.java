package io.clsante.model.json;

import tools.jackson.core.JsonToken;

/**
 * The types of JSON values, as JSON Schema names them: the expected and the found type of a
 * {@link SchemaKeyword#TYPE} problem. A message renders them in the language asked ("une chaîne",
 * "a string").
 */
public enum JsonType {
  /** A JSON object. */
  OBJECT,
  /** A JSON array. */
  ARRAY,
  /** A JSON string. */
  STRING,
  /** A number without a fraction part: {@code 12}, also {@code 12.0} for JSON Schema. */
  INTEGER,
  /** Any JSON number. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** {@code null}. */
  NULL;

  /**
   * Returns the name JSON Schema gives this type.
   *
   * @return for example {@code string}
   */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The type of the value a token starts; integers as {@link #INTEGER}, other numbers as {@link #NUMBER}. */
  static JsonType of(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> OBJECT;
      case START_ARRAY -> ARRAY;
      case VALUE_STRING -> STRING;
      case VALUE_NUMBER_INT -> INTEGER;
      case VALUE_NUMBER_FLOAT -> NUMBER;
      case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
      default -> NULL;
    };
  }
}
