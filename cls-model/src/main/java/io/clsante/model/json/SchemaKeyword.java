package io.clsante.model.json;

import java.util.Arrays;
import java.util.Optional;

/**
 * The keywords of JSON Schema that the structural pass checks, each with the stable rule id under
 * which its problems are reported ({@code CLS-SCH-0xx}).
 *
 * <p>The keywords that have no rule of their own share {@link #OTHER}, {@code CLS-SCH-099}. The
 * rule ids never change once published: a keyword added later takes the next free number.
 *
 * <p>Example: {@code SchemaKeyword.of("maxLength")} is {@link #MAX_LENGTH}, reported as
 * {@code CLS-SCH-009}.
 */
public enum SchemaKeyword {
  /** A property the object must hold is absent. */
  REQUIRED("required", "CLS-SCH-001"),
  /** The object holds a property that is not part of the format. */
  ADDITIONAL_PROPERTIES("additionalProperties", "CLS-SCH-002"),
  /** The value has another JSON type than the one expected ({@code null} is never expected). */
  TYPE("type", "CLS-SCH-003"),
  /** The value is not one of the values allowed (a code of a code list). */
  ENUM("enum", "CLS-SCH-004"),
  /** The string does not match the regular expression of its form. */
  PATTERN("pattern", "CLS-SCH-005"),
  /** The string does not have the named format. */
  FORMAT("format", "CLS-SCH-006"),
  /** The value is not the one value allowed. */
  CONST("const", "CLS-SCH-007"),
  /** The string has fewer characters (code points) than allowed. */
  MIN_LENGTH("minLength", "CLS-SCH-008"),
  /** The string has more characters (code points) than allowed. */
  MAX_LENGTH("maxLength", "CLS-SCH-009"),
  /** The number is below its lower bound. */
  MINIMUM("minimum", "CLS-SCH-010"),
  /** The number is above its upper bound. */
  MAXIMUM("maximum", "CLS-SCH-011"),
  /** The array has fewer items than allowed. */
  MIN_ITEMS("minItems", "CLS-SCH-012"),
  /** The array has more items than allowed. */
  MAX_ITEMS("maxItems", "CLS-SCH-013"),
  /** Any other keyword ({@code exclusiveMinimum}…). */
  OTHER("*", "CLS-SCH-099");

  private final String keyword;
  private final String ruleId;

  SchemaKeyword(String keyword, String ruleId) {
    this.keyword = keyword;
    this.ruleId = ruleId;
  }

  /**
   * Returns the keyword as JSON Schema writes it.
   *
   * @return for example {@code additionalProperties}; {@code *} for {@link #OTHER}
   */
  public String keyword() {
    return keyword;
  }

  /**
   * Returns the stable id of the rule under which problems of this keyword are reported.
   *
   * @return for example {@code CLS-SCH-002}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the constant of a keyword.
   *
   * @param keyword a JSON Schema keyword, for example {@code required}
   * @return its constant, {@link #OTHER} for a keyword without a rule of its own
   */
  public static SchemaKeyword of(String keyword) {
    return find(keyword).orElse(OTHER);
  }

  private static Optional<SchemaKeyword> find(String keyword) {
    return Arrays.stream(values()).filter(k -> k != OTHER && k.keyword.equals(keyword)).findFirst();
  }
}
