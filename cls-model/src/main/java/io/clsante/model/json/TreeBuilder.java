package io.clsante.model.json;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a tree from a parser while recording the position of every value. Iterative, so the depth
 * of the document is bounded only by the parser's limits.
 *
 * It also enforces the one limit Jackson's parser lacks: the number of properties in an object.
 *
 * <p>Positions are kept per container, in the order of its values, as packed line-column longs:
 * no pointer string is built and no map entry made per value, which made this step cost twice the
 * parse itself. {@link LocatedTree#position(String)} walks a pointer down the tree to find them.
 */
final class TreeBuilder {
  private TreeBuilder() {}

  /** A container being filled, and the positions of the values it has received so far. */
  private static final class Frame {
    final JsonNode container;
    long[] positions = new long[8];
    int size;
    int properties;

    Frame(JsonNode container) {
      this.container = container;
    }

    void add(long position) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
      }
      positions[size++] = position;
    }
  }

  static LocatedTree build(JsonParser p, JsonNodeFactory nodes, int maxProperties) {
    Map<JsonNode, long[]> children = new IdentityHashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = null;
    long rootPosition = 0;
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new NoContent(p);
    }
    String name = null;
    while (t != null) {
      if (t == JsonToken.PROPERTY_NAME) {
        if (++stack.peek().properties > maxProperties) {
          throw new TooManyProperties(p, maxProperties);
        }
        name = p.currentName();
        if (((ObjectNode) stack.peek().container).get(name) != null) {
          throw new DuplicateProperty(p, name);
        }
        t = p.nextToken();
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        Frame done = stack.pop();
        children.put(done.container, done.size == done.positions.length
            ? done.positions : Arrays.copyOf(done.positions, done.size));
        if (stack.isEmpty()) {
          break;
        }
        t = p.nextToken();
        continue;
      }
      Frame parent = stack.peek();
      TokenStreamLocation loc = p.currentTokenLocation();
      long position = LocatedTree.pack(loc.getLineNr(), loc.getColumnNr());
      JsonNode value;
      switch (t) {
        case START_OBJECT:
          value = nodes.objectNode();
          break;
        case START_ARRAY:
          value = nodes.arrayNode();
          break;
        case VALUE_STRING:
          value = nodes.stringNode(p.getString());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          value = number(p, t, nodes);
          break;
        case VALUE_TRUE:
          value = nodes.booleanNode(true);
          break;
        case VALUE_FALSE:
          value = nodes.booleanNode(false);
          break;
        case VALUE_NULL:
          value = nodes.nullNode();
          break;
        default:
          value = nodes.missingNode();
      }
      if (parent == null) {
        root = value;
        rootPosition = position;
      } else {
        if (parent.container instanceof ObjectNode o) {
          o.set(name, value);
        } else {
          ((ArrayNode) parent.container).add(value);
        }
        parent.add(position);
      }
      if (value.isContainer()) {
        stack.push(new Frame(value));
      } else if (parent == null) {
        break;
      }
      t = p.nextToken();
    }
    if (p.nextToken() != null) {
      throw new Trailing(p);
    }
    return new LocatedTree(root, rootPosition, children);
  }

  /**
   * The problem of reading that an exception of {@link #build} means.
   *
   * @param e the exception
   * @param p the parser
   * @param input what it reads
   * @return the problem, located where the parser is
   */
  static StructuralProblem problem(RuntimeException e, JsonParser p, JsonInput input) {
    String pointer = p.streamReadContext().pathAsPointer().toString();
    if (e instanceof DuplicateProperty d) {
      return StructuralPass.reading(JsonProblem.DUPLICATE_PROPERTY, "json.duplicate", pointer, d.getLocation(), d.name());
    }
    if (e instanceof TooManyProperties many) {
      return StructuralPass.reading(JsonProblem.LIMIT_EXCEEDED, "json.limit.propertyCount", pointer,
          many.getLocation(), (long) many.max());
    }
    if (e instanceof NumberOutOfRange n) {
      return StructuralPass.reading(JsonProblem.LIMIT_EXCEEDED, "json.limit.numberRange", pointer, n.getLocation());
    }
    if (e instanceof NoContent) {
      return StructuralPass.reading(JsonProblem.EMPTY, "json.empty", "", p.currentLocation());
    }
    if (e instanceof Trailing) {
      return StructuralPass.reading(JsonProblem.SYNTAX, "json.syntax.trailing", "", p.currentLocation());
    }
    return StructuralPass.unreadable(e, p, input);
  }

  private static JsonNode number(JsonParser p, JsonToken t, JsonNodeFactory nodes) {
    try {
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        return nodes.numberNode(p.getDecimalValue());
      }
      // The same node classes as Jackson's own readTree, so trees compare equal.
      switch (p.getNumberType()) {
        case INT:
          return nodes.numberNode(p.getIntValue());
        case LONG:
          return nodes.numberNode(p.getLongValue());
        default:
          return nodes.numberNode(p.getBigIntegerValue());
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // A short number can still be beyond BigDecimal, by its exponent: 1e3000000000.
      throw new NumberOutOfRange(p, e);
    }
  }

  /**
   * Signals a property that appears twice in an object, in the words of the parser's own duplicate
   * detection (which the tree builder replaces), located at the start of the second occurrence.
   */
  static final class DuplicateProperty extends tools.jackson.core.exc.StreamReadException {
    private static final long serialVersionUID = 1L;

    private final String name;

    DuplicateProperty(JsonParser p, String name) {
      super(p, "Duplicate Object property \"" + name + "\"", p.currentTokenLocation());
      this.name = name;
    }

    String name() {
      return name;
    }
  }

  /** Signals an input with no JSON value. */
  static final class NoContent extends tools.jackson.core.exc.StreamReadException {
    private static final long serialVersionUID = 1L;

    NoContent(JsonParser p) {
      super(p, "No content to map due to end-of-input");
    }
  }

  /** Signals an object with more properties than the limit. */
  static final class TooManyProperties extends tools.jackson.core.exc.StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final int max;

    TooManyProperties(JsonParser p, int max) {
      super("Object property count exceeds the maximum allowed (" + max + ")", p.currentTokenLocation());
      this.max = max;
    }

    int max() {
      return max;
    }
  }

  /** Signals a number that no BigDecimal can hold (its exponent is beyond an int). */
  static final class NumberOutOfRange extends tools.jackson.core.exc.StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    NumberOutOfRange(JsonParser p, RuntimeException cause) {
      super("Number out of range: " + cause.getMessage(), p.currentTokenLocation());
    }
  }

  /** Signals content after the end of the document. */
  static final class Trailing extends tools.jackson.core.exc.StreamReadException {
    private static final long serialVersionUID = 1L;

    Trailing(JsonParser p) {
      super(p, "Trailing token after the document");
    }
  }
}
