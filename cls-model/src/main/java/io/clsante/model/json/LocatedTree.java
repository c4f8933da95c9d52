package io.clsante.model.json;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A parsed JSON document that remembers where each value stood in the text: the tree, and the
 * line and column of every value by its JSON Pointer.
 *
 * <p>Obtained from {@link ClsJson#readTree(byte[])} and its overloads, which apply the same hardened
 * parsing (limits, duplicate keys) as {@link ClsJson#read(byte[])}. The validator parses once into
 * a located tree, checks it against the JSON Schema, binds it with {@link ClsJson#bind(LocatedTree)},
 * and locates every finding with {@link #position(String)}.
 *
 * <p>Immutable once built; the tree must not be modified. Thread-safe for reading.
 */
public final class LocatedTree {
  private final JsonNode root;
  private final long rootPosition;
  /** For each container of the tree, by identity: the positions of its values, in their order. */
  private final Map<JsonNode, long[]> children;

  LocatedTree(JsonNode root, long rootPosition, Map<JsonNode, long[]> children) {
    this.root = Objects.requireNonNull(root, "root");
    this.rootPosition = rootPosition;
    this.children = children;
  }

  /**
   * Returns the root of the parsed document. Callers must not modify it.
   *
   * @return the root node
   */
  public JsonNode root() {
    return root;
  }

  /**
   * Returns where the value at a JSON Pointer starts, or, when no value is there (a missing
   * property), where its nearest enclosing value starts.
   *
   * @param pointer an RFC 6901 pointer, {@code ""} for the root
   * @return the position, or empty when the pointer lies outside the document
   */
  public Optional<Position> position(String pointer) {
    String p = pointer == null ? "" : pointer;
    if (!p.isEmpty() && p.charAt(0) != '/') {
      return Optional.empty();
    }
    JsonNode node = root;
    long position = rootPosition;
    int start = 1;
    while (start <= p.length()) {
      int end = p.indexOf('/', start);
      if (end < 0) {
        end = p.length();
      }
      int index = indexIn(node, p, start, end);
      long[] positions = children.get(node);
      if (index < 0 || positions == null || index >= positions.length) {
        break;
      }
      position = positions[index];
      node = valueAt(node, index);
      start = end + 1;
    }
    return Optional.of(new Position((int) (position >>> 32), (int) (position & 0xffffffffL)));
  }

  /**
   * Returns the index, among the values of a container, of the one a pointer segment names, or -1
   * when none: an array index is written in decimal without leading zero, a property name with
   * {@code ~} and {@code /} escaped as {@code ~0} and {@code ~1}.
   */
  private static int indexIn(JsonNode node, String pointer, int start, int end) {
    if (node.isArray()) {
      int length = end - start;
      if (length == 0 || length > 9 || (length > 1 && pointer.charAt(start) == '0')) {
        return -1;
      }
      int index = 0;
      for (int i = start; i < end; i++) {
        char c = pointer.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        index = index * 10 + (c - '0');
      }
      return index < node.size() ? index : -1;
    }
    if (node.isObject()) {
      int index = 0;
      for (String name : node.propertyNames()) {
        if (segmentNames(pointer, start, end, name)) {
          return index;
        }
        index++;
      }
    }
    return -1;
  }

  private static JsonNode valueAt(JsonNode container, int index) {
    if (container.isArray()) {
      return container.get(index);
    }
    int i = 0;
    for (JsonNode value : container.values()) {
      if (i++ == index) {
        return value;
      }
    }
    throw new IllegalStateException("no value " + index + " in " + container.size());
  }

  /** Whether {@code pointer[start, end)} is the escaped form of {@code name}. */
  private static boolean segmentNames(String pointer, int start, int end, String name) {
    int i = start;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c == '~' || c == '/') {
        if (i + 1 >= end || pointer.charAt(i) != '~' || pointer.charAt(i + 1) != (c == '~' ? '0' : '1')) {
          return false;
        }
        i += 2;
      } else {
        if (i >= end || pointer.charAt(i) != c) {
          return false;
        }
        i++;
      }
    }
    return i == end;
  }

  /**
   * A line and column in the text of a document, both from 1.
   *
   * @param line the line
   * @param column the column
   */
  public record Position(int line, int column) {}

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }
}
