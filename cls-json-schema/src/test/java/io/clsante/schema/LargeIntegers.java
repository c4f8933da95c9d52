package io.clsante.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of a document in which no decimal number lies beyond the long range, the schema engine's
 * comparison of a decimal with an integer bound ({@code asLong()}) throwing for those.
 *
 * <ul>
 *   <li>An integral value ({@code 1e20}, {@code -3.0E+25}) becomes a big-integer node of the same
 *       value, which the engine compares exactly; beyond {@value #MAX_DIGITS} digits
 *       ({@code 1e400000}) it becomes ±10^{@value #MAX_DIGITS} rather than a number of a million
 *       digits.
 *   <li>A value with a fraction ({@code 1e20} plus a half) becomes ±{@code 9223372036854775806.5}:
 *       still not an integer, and on the same side of every bound that fits in a long; the
 *       engine's message then quotes that stand-in instead of the value.
 * </ul>
 */
final class LargeIntegers {
  static final int MAX_DIGITS = 1000;
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal FRACTION_STAND_IN = new BigDecimal("9223372036854775806.5");

  private LargeIntegers() {}

  static JsonNode asBigIntegers(JsonNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode copy = nodes.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        copy.set(e.getKey(), asBigIntegers(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = nodes.arrayNode(node.size());
      for (JsonNode element : node) {
        copy.add(asBigIntegers(element));
      }
      return copy;
    }
    if (node.isBigDecimal()) {
      BigDecimal value = node.decimalValue();
      if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
        return integral(value)
            ? nodes.numberNode(bigInteger(value))
            : nodes.numberNode(value.signum() < 0 ? FRACTION_STAND_IN.negate() : FRACTION_STAND_IN);
      }
    }
    return node;
  }

  // Integral when no digit is left after the point once trailing zeros go.
  private static boolean integral(BigDecimal value) {
    return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static BigInteger bigInteger(BigDecimal value) {
    // Digits before the point, counted without expanding the value.
    long digits = (long) value.precision() - value.scale();
    if (digits > MAX_DIGITS) {
      BigInteger beyond = BigInteger.TEN.pow(MAX_DIGITS);
      return value.signum() < 0 ? beyond.negate() : beyond;
    }
    return value.toBigIntegerExact();
  }
}
