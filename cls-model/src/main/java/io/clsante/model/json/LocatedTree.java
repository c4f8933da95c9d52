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
  private final Map<String, Long> positions;

  LocatedTree(JsonNode root, Map<String, Long> positions) {
    this.root = Objects.requireNonNull(root, "root");
    this.positions = positions;
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
    while (true) {
      Long packed = positions.get(p);
      if (packed != null) {
        return Optional.of(new Position((int) (packed >>> 32), (int) (packed & 0xffffffffL)));
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
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
