package io.clsante.model.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a tree from a parser while recording the position of every value by its JSON Pointer.
 * Iterative, so the depth of the document is bounded only by the parser's limits.
 */
final class TreeBuilder {
  private TreeBuilder() {}

  private record Frame(JsonNode container, String pointer) {}

  static LocatedTree build(JsonParser p, JsonNodeFactory nodes) {
    Map<String, Long> positions = new HashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = null;
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new NoContent(p);
    }
    String name = null;
    while (t != null) {
      if (t == JsonToken.PROPERTY_NAME) {
        name = p.currentName();
        t = p.nextToken();
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        stack.pop();
        if (stack.isEmpty()) {
          break;
        }
        t = p.nextToken();
        continue;
      }
      Frame parent = stack.peek();
      String pointer;
      if (parent == null) {
        pointer = "";
      } else if (parent.container instanceof ObjectNode) {
        pointer = parent.pointer + "/" + escape(name);
      } else {
        pointer = parent.pointer + "/" + parent.container.size();
      }
      TokenStreamLocation loc = p.currentTokenLocation();
      positions.put(pointer, LocatedTree.pack(loc.getLineNr(), loc.getColumnNr()));
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
          // The same node classes as Jackson's own readTree, so trees compare equal.
          switch (p.getNumberType()) {
            case INT:
              value = nodes.numberNode(p.getIntValue());
              break;
            case LONG:
              value = nodes.numberNode(p.getLongValue());
              break;
            default:
              value = nodes.numberNode(p.getBigIntegerValue());
          }
          break;
        case VALUE_NUMBER_FLOAT:
          value = nodes.numberNode(p.getDecimalValue());
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
      } else if (parent.container instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) parent.container).add(value);
      }
      if (value.isContainer()) {
        stack.push(new Frame(value, pointer));
      } else if (parent == null) {
        break;
      }
      t = p.nextToken();
    }
    if (p.nextToken() != null) {
      throw new Trailing(p);
    }
    return new LocatedTree(root, positions);
  }

  private static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name
        : name.replace("~", "~0").replace("/", "~1");
  }

  /** Signals an input with no JSON value. */
  static final class NoContent extends tools.jackson.core.exc.StreamReadException {
    private static final long serialVersionUID = 1L;

    NoContent(JsonParser p) {
      super(p, "No content to map due to end-of-input");
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
