package io.clsante.model.json;

import io.clsante.model.ClsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trees of free JSON: those of the structural pass, the free objects ({@code extensions}) and the
 * values it skips, read whole so that their reading problems (a duplicate, a limit, a number no
 * decimal holds) are found as anywhere else; and the free objects the generated writer writes.
 * Apart from the pass and the writer, so that a document without such a value loads no node class.
 */
final class Trees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Trees() {}

  /** An open object or array and its property count. */
  private static final class Open {
    final JsonNode node;
    int properties;

    Open(JsonNode node) {
      this.node = node;
    }
  }

  /**
   * Reads a value whole, as a tree, with the pass's checks of property counts and duplicates.
   *
   * @param pass the pass, whose parser is on the value's first token
   * @param first that token
   * @return the tree
   */
  static JsonNode read(StructuralPass pass, JsonToken first) {
    JsonParser parser = pass.parser();
    Deque<Open> open = new ArrayDeque<>();
    String name = null;
    JsonToken t = first;
    while (true) {
      if (t == JsonToken.PROPERTY_NAME) {
        Open o = open.peek();
        o.properties = pass.property(o.properties);
        name = parser.currentName();
        if (o.node.has(name)) {
          throw pass.duplicate();
        }
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        Open done = open.pop();
        if (open.isEmpty()) {
          return done.node;
        }
      } else {
        JsonNode value = t == JsonToken.START_OBJECT ? NODES.objectNode()
            : t == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(parser, t);
        Open parent = open.peek();
        if (parent == null && !value.isContainer()) {
          return value;
        }
        if (parent != null && parent.node instanceof ObjectNode o) {
          o.set(name, value);
        } else if (parent != null) {
          ((ArrayNode) parent.node).add(value);
        }
        if (value.isContainer()) {
          open.push(new Open(value));
        }
      }
      t = parser.nextToken();
    }
  }

  /** The node of a scalar: the same node classes as Jackson's own reading with decimals for floats. */
  static JsonNode scalar(JsonParser parser, JsonToken t) {
    return switch (t) {
      case VALUE_STRING -> NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      default -> NODES.nullNode();
    };
  }

  /**
   * Writes a free object with the generator, node by node, as Jackson's own writing of nodes does:
   * each number as the kind of number its node holds, decimals as the generator writes them. It
   * takes the object's own class, so that the generated writer, which calls it, names no other
   * node class: a contract without free objects is written without loading any.
   *
   * @param g the generator
   * @param object the free object
   * @throws ClsException if the tree holds a node that is not JSON (a Java object, a missing node)
   */
  static void write(JsonGenerator g, ObjectNode object) {
    node(g, object);
  }

  private static void node(JsonGenerator g, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          g.writeName(e.getKey());
          node(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : node.values()) {
          node(g, item);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.stringValue());
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> g.writeNumber(node.intValue());
          case LONG -> g.writeNumber(node.longValue());
          case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
          case FLOAT -> g.writeNumber(node.floatValue());
          case DOUBLE -> g.writeNumber(node.doubleValue());
          default -> g.writeNumber(node.decimalValue());
        }
      }
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case BINARY -> g.writeBinary(node.binaryValue());
      default -> throw new ClsException("Extensions : la valeur " + node.getNodeType() + " n'est pas du JSON");
    }
  }
}
