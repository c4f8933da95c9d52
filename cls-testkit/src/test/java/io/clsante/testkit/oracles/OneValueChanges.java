package io.clsante.testkit.oracles;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded changes of one value of a valid document: a scalar replaced by a value of another JSON
 * type, by a number out of range or written otherwise ({@code 1.0}, {@code 1E+2}), or by a string
 * that misses its pattern or length by little (a code in lower case, a final line break, a digit
 * more); now and then a property removed or an unknown one added.
 */
final class OneValueChanges {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A changed document and what was changed. */
  record Change(String description, byte[] json) {}

  private OneValueChanges() {}

  /**
   * Makes changed copies of a document.
   *
   * @param document the valid document
   * @param random the seeded source of the choices
   * @param count how many copies, each with one change
   * @return the copies
   */
  static List<Change> of(JsonNode document, Random random, int count) {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      JsonNode copy = document.deepCopy();
      List<String> scalars = new ArrayList<>();
      List<String> objects = new ArrayList<>();
      collect(copy, "", scalars, objects);
      int what = random.nextInt(20);
      String description;
      if (what == 0) {
        String at = objects.get(random.nextInt(objects.size()));
        ((ObjectNode) copy.at(at)).put("inconnue", 1);
        description = at + "/inconnue + 1";
      } else if (what == 1 && objects.stream().anyMatch(o -> !copy.at(o).isEmpty())) {
        List<String> nonEmpty = objects.stream().filter(o -> !copy.at(o).isEmpty()).toList();
        String at = nonEmpty.get(random.nextInt(nonEmpty.size()));
        ObjectNode object = (ObjectNode) copy.at(at);
        List<String> names = new ArrayList<>(object.propertyNames());
        String name = names.get(random.nextInt(names.size()));
        object.remove(name);
        description = at + "/" + Pointers.escape(name) + " retirée";
      } else {
        String at = scalars.get(random.nextInt(scalars.size()));
        JsonNode replacement = replacement(copy.at(at), random);
        Corpus.set(copy, at, replacement);
        String shown = replacement.toString();
        description = at + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
      }
      changes.add(new Change(description, JacksonOracle.MAPPER.writeValueAsBytes(copy)));
    }
    return changes;
  }

  private static void collect(JsonNode node, String pointer, List<String> scalars, List<String> objects) {
    if (node.isObject()) {
      objects.add(pointer);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), pointer + "/" + Pointers.escape(e.getKey()), scalars, objects);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, scalars, objects);
      }
    } else {
      scalars.add(pointer);
    }
  }

  /** Values of the other JSON types. */
  private static final List<JsonNode> OTHER_KINDS = List.of(
      NODES.stringNode("x"), NODES.numberNode(1), NODES.booleanNode(true), NODES.nullNode(),
      NODES.objectNode(), NODES.arrayNode());

  private static JsonNode replacement(JsonNode old, Random random) {
    if (random.nextInt(4) == 0) {
      return OTHER_KINDS.get(random.nextInt(OTHER_KINDS.size()));
    }
    if (old.isString()) {
      String s = old.stringValue();
      String[] near = {
          s.toLowerCase(Locale.ROOT), s + "0", s.isEmpty() ? " " : s.substring(1), s + "\n", " " + s, "",
          " ", s.replace('-', '_'), "x".repeat(501), "2025-02-30", "2025-13", "1899"};
      return NODES.stringNode(near[random.nextInt(near.length)]);
    }
    if (old.isNumber()) {
      JsonNode[] near = {
          NODES.stringNode(old.asString()), NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(new BigDecimal("1.5")),
          NODES.numberNode(new BigDecimal(old.decimalValue().toBigInteger()).setScale(1)), NODES.numberNode(new BigDecimal("1E+2")),
          NODES.numberNode(2_147_483_648L), NODES.numberNode(new BigInteger("99999999999999999999")),
          NODES.numberNode(new BigDecimal("100.00000000000000000001")), NODES.numberNode(2101), NODES.numberNode(1899)};
      return near[random.nextInt(near.length)];
    }
    return NODES.stringNode(old.asString());
  }
}
