package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.clsante.model.format.Description;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vendor data attached to a contract, an actor or a fiche action: a free JSON object that the
 * library never interprets and preserves exactly, with its property order and the scale of its
 * numbers, on every read and write.
 *
 * <p>Two extensions are equal when they hold the same properties, in the same order, with equal
 * values. Immutable and thread-safe: the object is copied on the way in and on the way out.
 */
@Description(value = "Données propres à un logiciel : un objet JSON quelconque, conservé exactement (ordre "
    + "des propriétés et écriture des nombres compris). Seul objet du format qui admet des propriétés "
    + "libres.",
    examples = "{\"editeur-exemple\": {\"reference\": \"A-12\"}}")
public final class Extensions {
  private static final Extensions EMPTY = new Extensions(JsonNodeFactory.instance.objectNode());

  private final ObjectNode node;

  private Extensions(ObjectNode node) {
    this.node = node;
  }

  /**
   * Returns the empty extensions object.
   *
   * @return extensions with no property
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Wraps a copy of a JSON object.
   *
   * @param object the JSON object
   * @return the extensions
   */
  @JsonCreator
  public static Extensions of(ObjectNode object) {
    return new Extensions(Objects.requireNonNull(object, "object").deepCopy());
  }

  /**
   * Reads extensions from the text of a JSON object, for example {@code {"monLogiciel":{"id":42}}}.
   *
   * @param json the text of a JSON object
   * @return the extensions
   * @throws ClsException if the text is not a JSON object
   */
  public static Extensions parse(String json) {
    JsonNode read;
    try {
      read = Plain.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new ClsException("Extensions invalides : " + e.getOriginalMessage(), e);
    }
    if (!(read instanceof ObjectNode o)) {
      throw new ClsException("Extensions invalides : un objet JSON est attendu");
    }
    return new Extensions(o);
  }

  /**
   * Returns the property names, in document order.
   *
   * @return an immutable list of names
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      names.add(e.getKey());
    }
    return List.copyOf(names);
  }

  /**
   * Returns one property as JSON text.
   *
   * @param name the property name
   * @return its value as JSON text, or empty when absent
   */
  public Optional<String> getJson(String name) {
    JsonNode v = node.get(name);
    return v == null ? Optional.empty() : Optional.of(v.toString());
  }

  /**
   * Tells whether there is no property.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return node.isEmpty();
  }

  /**
   * Returns a copy of the JSON object, for callers that work with Jackson.
   *
   * @return a deep copy; changing it does not change these extensions
   */
  @JsonValue
  public ObjectNode asJsonNode() {
    return node.deepCopy();
  }

  /**
   * Returns the JSON text of the object, in document order.
   *
   * @return compact JSON
   */
  @Override
  public String toString() {
    return node.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extensions e && sameInOrder(node, e.node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  // ObjectNode.equals ignores property order; the canonical form depends on it.
  private static boolean sameInOrder(JsonNode a, JsonNode b) {
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> ia = a.properties().iterator();
      Iterator<Map.Entry<String, JsonNode>> ib = b.properties().iterator();
      while (ia.hasNext()) {
        Map.Entry<String, JsonNode> ea = ia.next();
        Map.Entry<String, JsonNode> eb = ib.next();
        if (!ea.getKey().equals(eb.getKey()) || !sameInOrder(ea.getValue(), eb.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameInOrder(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** The mapper of {@link #parse}, built on its first use: reading a contract never needs it. */
  private static final class Plain {
    static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }
}
