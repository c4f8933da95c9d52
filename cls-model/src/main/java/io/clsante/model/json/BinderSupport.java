package io.clsante.model.json;

import io.clsante.model.CodeList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The leaves of the generated {@code ModelBinder}: each returns a value only for a node that Jackson,
 * configured as {@link ClsJson} configures it, reads to the same value, and otherwise throws
 * {@link #notBound()}, after which {@link ClsJson#bind} asks Jackson (which then binds the value or
 * names the problem).
 */
final class BinderSupport {
  private static final NotBound NOT_BOUND = new NotBound();

  private BinderSupport() {}

  /** "Not bound here": no message and no stack trace, since it is thrown and caught on one path. */
  static final class NotBound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private NotBound() {
      super("not bound by the generated binder", null, false, false);
    }
  }

  /**
   * Returns the exception that gives a document up to Jackson.
   *
   * @return the shared instance
   */
  static NotBound notBound() {
    return NOT_BOUND;
  }

  static ObjectNode object(JsonNode node) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw NOT_BOUND;
  }

  static ArrayNode array(JsonNode node) {
    if (node instanceof ArrayNode a) {
      return a;
    }
    throw NOT_BOUND;
  }

  /** A JSON string: no coercion from numbers or booleans, no null. */
  static String string(JsonNode node) {
    if (node.isString()) {
      return node.stringValue();
    }
    throw NOT_BOUND;
  }

  /** A JSON boolean: no coercion from numbers or strings. */
  static boolean bool(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    throw NOT_BOUND;
  }

  /** A JSON integer within the int range: no fraction, no string. */
  static Integer integer(JsonNode node) {
    if (node.isInt()) {
      return node.intValue();
    }
    throw NOT_BOUND;
  }

  /** A JSON number as the reader gives it (exact decimal or integer), never a string. */
  static BigDecimal decimal(JsonNode node) {
    if (node.isBigDecimal() || node.isInt() || node.isLong() || node.isBigInteger()) {
      return node.decimalValue();
    }
    throw NOT_BOUND;
  }

  /** A calendar date {@code AAAA-MM-JJ} that exists. */
  static LocalDate date(JsonNode node) {
    LocalDate date = StrictLocalDate.parse(string(node));
    if (date == null) {
      throw NOT_BOUND;
    }
    return date;
  }

  static <E extends Enum<E> & CodeList> E code(JsonNode node, Codes<E> codes) {
    E value = codes.byCode.get(string(node));
    if (value == null) {
      throw NOT_BOUND;
    }
    return value;
  }

  /**
   * The constants of a code list by their JSON code.
   *
   * @param <E> the code list
   */
  static final class Codes<E extends Enum<E> & CodeList> {
    private final Map<String, E> byCode = new HashMap<>();

    Codes(E[] values) {
      for (E e : values) {
        byCode.put(e.code(), e);
      }
    }
  }
}
