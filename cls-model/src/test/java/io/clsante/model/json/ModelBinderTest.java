package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clsante.model.ContratLocalDeSante;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated binder ({@code ModelBinder}, called first by {@link ClsJson#bind}) binds the
 * documents it understands to exactly what Jackson binds, understands every property of every model
 * type, and gives up on every document Jackson refuses.
 */
class ModelBinderTest {
  private final ClsJson json = ClsJson.defaults();

  static Stream<Path> documents() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("src/test/resources/io/clsante/model/json/tous-concepts.json"));
    try (Stream<Path> examples = Files.list(Path.of("../examples/contrats"))) {
      examples.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
    }
    out.add(Path.of("../cls-rules/src/main/resources/io/clsante/rules/internal/valide.json"));
    assertTrue(out.size() >= 8, "documents: " + out);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void document_boundWithoutJackson_toWhatJacksonBinds(Path document) throws Exception {
    LocatedTree tree = json.readTree(Files.readAllBytes(document));
    ContratLocalDeSante jackson = json.mapper().treeToValue(tree.root(), ContratLocalDeSante.class);
    // Called directly: a property or value the generated code does not understand throws here.
    assertEquals(jackson, ModelBinder.contratLocalDeSante(tree.root()));
    assertEquals(jackson, json.bind(tree));
  }

  /**
   * The document of every concept sets every JSON property of every model type at least once, so
   * the test above proves the generated code reads each of them; a property added to the model
   * fails here until the document shows it.
   */
  @Test
  void allConceptsDocument_setsEveryPropertyOfEveryModelType() throws Exception {
    JsonNode root = json.readTree(ClsJsonRoundTripTest.allConcepts()).root();
    TreeSet<String> declared = new TreeSet<>();
    TreeSet<String> set = new TreeSet<>();
    visit(ContratLocalDeSante.class, List.of(root), declared, set);
    assertTrue(declared.size() > 100, "properties found: " + declared.size());
    declared.removeAll(set);
    assertEquals(new TreeSet<>(), declared, "properties the document never sets");
  }

  // Collects Type.property for every @JsonProperty accessor of the type, and those the nodes set.
  private static void visit(Class<?> type, List<JsonNode> nodes, TreeSet<String> declared, TreeSet<String> set) {
    for (Method m : type.getMethods()) {
      JsonProperty property = m.getAnnotation(JsonProperty.class);
      if (property == null) {
        continue;
      }
      declared.add(type.getSimpleName() + "." + property.value());
      List<JsonNode> values = new ArrayList<>();
      for (JsonNode n : nodes) {
        JsonNode v = n.get(property.value());
        if (v == null) {
          continue;
        }
        set.add(type.getSimpleName() + "." + property.value());
        if (v instanceof ArrayNode a) {
          a.forEach(values::add);
        } else {
          values.add(v);
        }
      }
      Class<?> element = element(m.getGenericReturnType());
      if (element.isInterface() && element.getPackageName().equals("io.clsante.model")
          && element.getMethods().length > 0 && !values.isEmpty()) {
        visit(element, values, declared, set);
      }
    }
  }

  private static Class<?> element(Type type) {
    if (type instanceof ParameterizedType p
        && (p.getRawType() == Optional.class || p.getRawType() == List.class)) {
      return element(p.getActualTypeArguments()[0]);
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  /**
   * One change at a time to the document of every concept, each making Jackson refuse it: the
   * generated code must give up too, and {@link ClsJson#bind} then reports Jackson's error.
   */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // a string where a number, a boolean, an object or a list is expected, and the reverse
      "/generation                                        | \"2\"",
      "/generation                                        | 2.0",
      "/generation                                        | 3000000000",
      "/axes/0/numero                                     | \"1\"",
      "/axes/0/numero                                     | 1.5",
      "/axes/0/fiches/0/calendrier/pasAvant               | \"true\"",
      "/axes/0/fiches/0/calendrier/pasAvant               | 1",
      "/coordination/etp                                  | \"1.0\"",
      "/intitule                                          | 1",
      "/intitule                                          | true",
      "/intitule                                          | [\"x\"]",
      "/territoire                                        | \"Astarac\"",
      "/acteurs                                           | {}",
      "/axes/0/thematiques                                | \"ACCES_SOINS\"",
      // null, for a required value, an optional one, and in a list
      "/intitule                                          | null",
      "/description                                       | null",
      "/axes/0/thematiques/0                              | null",
      "/acteurs/0                                         | null",
      // code lists, dates, identifiers and the format version
      "/statut                                            | \"en_vigueur\"",
      "/statut                                            | \"INCONNU\"",
      "/statut                                            | \"\"",
      "/axes/0/fiches/0/indicateurs/0/frequence           | \"JAMAIS\"",
      "/avenants/0/date                                   | \"2026-02-30\"",
      "/avenants/0/date                                   | \"2026-9-15\"",
      "/evenements/0/date                                 | \"2023-13\"",
      "/acteurs/0/codeRegion                              | \"7\"",
      "/territoire/epci/0/siren                           | \"200035757\"",
      "/formatVersion                                     | \"2.0\"",
      "/extensions                                        | []",
      // an unknown property, at the root and deeper
      "/inconnue                                          | 1",
      "/axes/0/fiches/0/inconnue                          | \"x\"",
  })
  void documentJacksonRefuses_generatedCodeGivesUp(String pointer, String value) throws Exception {
    ObjectNode root = (ObjectNode) json.readTree(ClsJsonRoundTripTest.allConcepts()).root();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    JsonNode replacement = json.mapper().readTree(value);
    String last = pointer.substring(slash + 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), replacement);
    } else {
      ((ObjectNode) parent).set(last, replacement);
    }
    assertThrows(JacksonException.class, () -> json.mapper().treeToValue(root, ContratLocalDeSante.class));
    assertThrows(RuntimeException.class, () -> ModelBinder.contratLocalDeSante(root));
  }

  /**
   * A required property removed, at the root and deeper: Jackson refuses the document, and so must
   * the generated code, even where the builder starts with the value set (the contract's builder
   * sets {@code formatVersion}).
   */
  @ParameterizedTest
  @CsvSource({
      "'', formatVersion",
      "'', identifiant",
      "'', statut",
      "'', territoire",
      "/axes/0, numero",
      "/axes/0/fiches/0, intitule",
      "/acteurs/0, type",
      "/avenants/0, date",
      "/evenements/0, date",
  })
  void missingRequiredProperty_generatedCodeGivesUp(String parent, String property) throws Exception {
    ObjectNode root = (ObjectNode) json.readTree(ClsJsonRoundTripTest.allConcepts()).root();
    ObjectNode holder = (ObjectNode) root.at(parent);
    assertTrue(holder.has(property), parent + "/" + property);
    holder.remove(property);
    assertThrows(JacksonException.class, () -> json.mapper().treeToValue(root, ContratLocalDeSante.class));
    assertThrows(RuntimeException.class, () -> ModelBinder.contratLocalDeSante(root));
  }
}
