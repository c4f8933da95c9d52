package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.JsonProblem;
import io.clsante.model.json.LocatedTree;
import io.clsante.testkit.junit.ContratsGeneres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ClsJson#bind} and {@link ClsJson#read} (generated code first, Jackson for what that code
 * gives up) give what Jackson's data binding alone gives: the same contract, or a refusal, on generated contracts, on
 * every mutation of them (most of which Jackson refuses or binds differently) and on the reference
 * contracts.
 */
class BindingPropertiesTest {
  private static final ClsJson JSON = ClsJson.defaults();
  private static final List<Mutation> MUTATIONS = Mutations.catalog();
  private static final MutationTally APPLIED = new MutationTally();
  private static final AtomicInteger BOUND = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  private static void assertBindsAsJackson(String source, byte[] json) {
    assertReadsAsJackson(source, json);
    LocatedTree tree;
    try {
      tree = JSON.readTree(json);
    } catch (ClsJsonException notJson) {
      return; // nothing to bind
    }
    ContratLocalDeSante jackson;
    try {
      jackson = JSON.mapper().treeToValue(tree.root(), ContratLocalDeSante.class);
    } catch (JacksonException refused) {
      assertThrows(ClsJsonException.class, () -> JSON.bind(tree), source);
      REFUSED.incrementAndGet();
      return;
    }
    try {
      assertEquals(jackson, JSON.bind(tree), source);
    } catch (ClsJsonException e) {
      throw new AssertionError(source + ": Jackson binds it, bind refuses: " + e.getMessage(), e);
    }
    BOUND.incrementAndGet();
  }

  // ClsJson.read (one pass to a tree and generated code first) against Jackson reading the bytes.
  private static void assertReadsAsJackson(String source, byte[] json) {
    ContratLocalDeSante jackson;
    try {
      jackson = JSON.mapper().readValue(json, ContratLocalDeSante.class);
    } catch (JacksonException refused) {
      assertThrows(ClsJsonException.class, () -> JSON.read(json), source);
      return;
    }
    try {
      assertEquals(jackson, JSON.read(json), source);
    } catch (ClsJsonException e) {
      // Jackson has no limit on the number of properties of an object; the library has one.
      if (e.problem() != JsonProblem.LIMIT_EXCEEDED || !e.getMessage().contains("propriétés")) {
        throw new AssertionError(source + ": Jackson reads it, read refuses: " + e.getMessage(), e);
      }
    }
  }

  @ContratsGeneres(nombre = 1000, taille = 6, graine = 6_000_000)
  void generatedContract_boundAsJacksonBindsIt(ContratGenere cas) {
    assertBindsAsJackson(cas.toString(), cas.json());
  }

  // The seeds of LibraryPropertiesTest, which apply every mutation at least five times.
  @ContratsGeneres(nombre = 1200, taille = 6, graine = 4_000_000)
  void mutatedContract_boundAsJacksonBindsIt(ContratGenere cas) {
    MutationTally.Applied a = APPLIED.apply(MUTATIONS, cas, 4_000_000);
    assertBindsAsJackson(cas + " " + a.mutation().nom(), a.mutant().json());
  }

  /** What a changed value becomes: other kinds of JSON, and near misses of the value it replaces. */
  private static final String[] REPLACEMENTS = {
      "\"x\"", "\"1\"", "\"\"", "\"true\"", "1", "0", "-1", "1.5", "1.0", "3000000000",
      "100000000000000000000", "true", "null", "{}", "[]", "[\"x\"]", "[null]", "{\"x\":1}"};

  /**
   * Twenty changes of one value or property each, at random places of a generated contract: a value
   * replaced by another kind of JSON or by a near miss (a code in lower case, a date one character
   * longer, a string for a number), a property removed, or an unknown one added.
   */
  @ContratsGeneres(nombre = 200, taille = 4, graine = 7_000_000)
  void changedValue_boundAsJacksonBindsIt(ContratGenere cas) throws Exception {
    java.util.Random random = new java.util.Random(cas.graine());
    JsonNode original = JSON.readTree(cas.json()).root();
    List<JsonNode> containers = new java.util.ArrayList<>();
    collect(original, containers);
    for (int i = 0; i < 20; i++) {
      JsonNode root = original.deepCopy();
      List<JsonNode> copies = new java.util.ArrayList<>();
      collect(root, copies);
      JsonNode container = copies.get(random.nextInt(copies.size()));
      String change = change(container, random);
      assertBindsAsJackson(cas + " " + change, JSON.mapper().writeValueAsBytes(root));
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node) {
        collect(child, containers);
      }
    }
  }

  // Changes one member of the container; says which.
  private static String change(JsonNode container, java.util.Random random) {
    if (container instanceof ObjectNode o) {
      List<String> names = new java.util.ArrayList<>(o.propertyNames());
      int what = random.nextInt(10);
      if (names.isEmpty() || what == 0) {
        o.put("inconnue", 1);
        return "+inconnue";
      }
      String name = names.get(random.nextInt(names.size()));
      if (what == 1) {
        o.remove(name);
        return "-" + name;
      }
      o.set(name, replacement(o.get(name), random));
      return name + "=" + o.get(name);
    }
    ArrayNode a = (ArrayNode) container;
    if (a.isEmpty()) {
      a.add(replacement(a, random));
      return "[]+" + a.get(0);
    }
    int index = random.nextInt(a.size());
    a.set(index, replacement(a.get(index), random));
    return "[" + index + "]=" + a.get(index);
  }

  private static JsonNode replacement(JsonNode old, java.util.Random random) {
    if (old.isString() && random.nextBoolean()) {
      String text = old.stringValue();
      String[] near = {text.toLowerCase(java.util.Locale.ROOT), text + "0", text.isEmpty() ? " " : text.substring(1)};
      return JSON.mapper().getNodeFactory().stringNode(near[random.nextInt(near.length)]);
    }
    if (old.isNumber() && random.nextBoolean()) {
      return JSON.mapper().getNodeFactory().stringNode(old.asString());
    }
    return JSON.mapper().readTree(REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
  }

  @AfterAll
  static void everyMutation_wasApplied_andBothOutcomesOccurred() {
    if (APPLIED.isEmpty()) {
      return; // the mutation test did not run (a single test selected)
    }
    assertEquals(List.of(), APPLIED.rarerThan(MUTATIONS, 5), "mutations applied fewer than 5 times");
    assertTrue(BOUND.get() >= 1000 && REFUSED.get() > 0, "bound " + BOUND + ", refused " + REFUSED);
  }

  @Test
  void referenceContracts_boundAsJacksonBindsThem() {
    for (String nom : ContratsDeReference.noms()) {
      assertBindsAsJackson(nom, ContratsDeReference.texte(nom).getBytes(StandardCharsets.UTF_8));
    }
  }
}
