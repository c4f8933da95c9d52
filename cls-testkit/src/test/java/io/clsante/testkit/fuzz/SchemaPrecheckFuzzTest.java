package io.clsante.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.schema.ClsSchema;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes the schema's pre-check: on any document, {@link ClsSchema#standard()} (pre-check first)
 * gives exactly what {@link ClsSchema#engineOnly()} gives, so the pre-check never calls valid a
 * document the engine rejects. In the normal build, Jazzer replays the committed corpus
 * ({@code SchemaPrecheckFuzzTestInputs/precheck/}); with {@code JAZZER_FUZZ=1} it fuzzes for real.
 *
 * <p>Documents near validity are where a wrong "valid" would hide, so most inputs are valid
 * contracts (generated or reference) changed in a few places: a value replaced by another of any JSON
 * type (names, codes and formats of the schema among the strings; integers, decimals and exponents
 * among the numbers), a property or an element removed, a property added. The rest of the inputs are
 * raw bytes parsed by the reader.
 */
class SchemaPrecheckFuzzTest {
  private static final ClsJson JSON = ClsJson.defaults();
  private static final List<JsonNode> VALID = valid();
  /** Property names and string values the schema knows, so that edits hit its keywords. */
  private static final List<String> WORDS = words();
  private static final String[] NUMBERS = {"0", "1", "-1", "2.0", "1e400", "1e-400", "-0.0", "100", "100.0",
      "100.00000000000000000001", "2147483647", "2147483648", "99999999999999999999", "1900", "2100", "1E2"};

  private static List<JsonNode> valid() {
    List<JsonNode> valid = new ArrayList<>();
    try {
      for (String nom : ContratsDeReference.noms()) {
        valid.add(JSON.readTree(ContratsDeReference.json(nom)).root());
      }
      ContratGenerator g = ContratGenerator.standard();
      for (int i = 0; i < 16; i++) {
        valid.add(JSON.readTree(g.generateJson(9_000 + i, 1 + i % 4)).root());
      }
    } catch (ClsJsonException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(valid);
  }

  private static List<String> words() {
    Set<String> words = new TreeSet<>(List.of("", " ", "x", "cls-x", "200035756", "32013", "2A004", "76", "2025",
        "2025-T4", "2025-S2", "2025-02-29", "2024-02-29", "1.0", "\n", "\ud83d\ude00", "\ud83d", "a\u0000"));
    collect(JSON.mapper().readTree(ClsSchema.standard().text()).get("$defs"), words);
    return List.copyOf(words);
  }

  private static void collect(JsonNode schema, Set<String> words) {
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (e.getKey().equals("properties")) {
        words.addAll(e.getValue().propertyNames());
      }
      if (e.getKey().equals("enum")) {
        e.getValue().values().forEach(v -> words.add(v.asString()));
      }
      if (e.getValue().isObject()) {
        collect(e.getValue(), words);
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void precheck(FuzzedDataProvider data) {
    JsonNode document;
    if (data.consumeInt(0, 7) == 0) {
      try {
        document = JSON.readTree(data.consumeRemainingAsBytes()).root();
      } catch (ClsJsonException e) {
        return;
      }
    } else {
      document = VALID.get(data.consumeInt(0, VALID.size() - 1)).deepCopy();
      for (int edits = data.consumeInt(1, 4); edits > 0; edits--) {
        edit(document, data);
      }
    }
    JsonNode subject = document;
    assertEquals(outcome(() -> ClsSchema.engineOnly().validate(subject)),
        outcome(() -> ClsSchema.standard().validate(subject)));
  }

  /** The violations, or the exception the engine raised: the pre-check must not hide either. */
  private static Object outcome(Supplier<Object> validation) {
    try {
      return validation.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void edit(JsonNode document, FuzzedDataProvider data) {
    List<JsonNode> containers = new ArrayList<>();
    containers(document, containers);
    if (containers.isEmpty()) {
      return;
    }
    JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
    int operation = data.consumeInt(0, 3);
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>(o.propertyNames());
      if (operation == 0 && !names.isEmpty()) {
        o.remove(names.get(data.consumeInt(0, names.size() - 1)));
      } else if (operation == 1 || names.isEmpty()) {
        o.set(word(data), value(data));
      } else {
        o.set(names.get(data.consumeInt(0, names.size() - 1)), value(data));
      }
    } else if (target instanceof ArrayNode a) {
      if (operation == 0 && !a.isEmpty()) {
        a.remove(data.consumeInt(0, a.size() - 1));
      } else if (operation == 1 || a.isEmpty()) {
        a.add(value(data));
      } else {
        a.set(data.consumeInt(0, a.size() - 1), value(data));
      }
    }
  }

  private static void containers(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node.values()) {
        containers(child, out);
      }
    }
  }

  private static String word(FuzzedDataProvider data) {
    return data.consumeBoolean() ? WORDS.get(data.consumeInt(0, WORDS.size() - 1)) : data.consumeString(24);
  }

  /** A value as the reader makes it (numbers as it types them). */
  private static JsonNode value(FuzzedDataProvider data) {
    String json = switch (data.consumeInt(0, 7)) {
      case 0 -> "null";
      case 1 -> String.valueOf(data.consumeBoolean());
      case 2 -> NUMBERS[data.consumeInt(0, NUMBERS.length - 1)];
      case 3 -> data.consumeLong() + (data.consumeBoolean() ? "" : "." + data.consumeInt(0, 99) + "e" + data.consumeInt(-20, 20));
      case 4 -> "{}";
      case 5 -> "[" + JSON.mapper().writeValueAsString(word(data)) + "]";
      default -> JSON.mapper().writeValueAsString(word(data));
    };
    try {
      return JSON.readTree(json).root();
    } catch (ClsJsonException e) {
      // A string the reader refuses (an unpaired surrogate written as is): a plain one instead.
      return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(json);
    }
  }
}
