package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.StatutContrat;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated structural pass ({@code ModelPass}, through {@link ClsJson#check}) binds every
 * valid document to exactly what Jackson's data binding binds (the oracle), reads every property of
 * every model type, and reports each keyword of the schema and each check of the model where it
 * fails, and only there.
 */
class StructuralPassTest {
  private final ClsJson json = ClsJson.defaults();

  static Stream<Path> documents() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("../examples/concepts/tous-les-concepts.json"));
    try (Stream<Path> examples = Files.list(Path.of("../examples/contrats"))) {
      examples.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
    }
    out.add(Path.of("../cls-rules/src/main/resources/io/clsante/rules/internal/valide.json"));
    assertTrue(out.size() >= 8, "documents: " + out);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void validDocument_boundToWhatJacksonBinds(Path document) throws Exception {
    byte[] bytes = Files.readAllBytes(document);
    ContratLocalDeSante jackson = json.mapper().readValue(bytes, ContratLocalDeSante.class);
    JsonReading reading = json.check(bytes);
    assertEquals(List.of(), reading.problems());
    assertEquals(jackson, reading.contrat().orElseThrow());
    assertEquals(jackson, json.check(new String(bytes, StandardCharsets.UTF_8)).contrat().orElseThrow());
    // Written and read again, byte for byte.
    assertEquals(jackson.toCurrentVersion(), json.read(json.writeBytes(jackson)));
  }

  /**
   * The document of every concept sets every JSON property of every model type at least once, so
   * the test above proves the generated code reads each of them; a property added to the model
   * fails here until the document shows it.
   */
  @Test
  void allConceptsDocument_setsEveryPropertyOfEveryModelType() throws Exception {
    JsonNode root = json.mapper().readTree(ClsJsonRoundTripTest.allConcepts());
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
   * One value changed at a time in the document of every concept: the problems expected, each
   * {@code rule id at pointer}, in the order of the document; none for a value that must pass (the
   * keyword stays quiet at its bound).
   */
  @Test
  void nonBlank_meansWhatTheSchemasExpressionForNotBlankMatches() throws IOException {
    JsonNode generated;
    try (var in = StructuralPassTest.class.getResourceAsStream("/io/clsante/model/format/contrat.schema.json")) {
      generated = json.mapper().readTree(in);
    }
    // The contract's title is @NotBlank.
    Pattern schema = Pattern.compile(generated.at("/$defs/ContratLocalDeSante/properties/intitule/pattern").asString());
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String one = "  " + c;
      assertEquals(schema.matcher(one).find(), StructuralPass.nonBlank(one), () -> "U+" + Integer.toHexString(one.charAt(2)));
    }
    assertFalse(StructuralPass.nonBlank(""));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // type: every JSON type where another is expected; null is never a value; 2.0 is an integer
      "/generation                              | \"2\"            | CLS-SCH-003@/generation",
      "/generation                              | 2.5              | CLS-SCH-003@/generation",
      "/generation                              | 0.5              | CLS-SCH-003@/generation CLS-SCH-010@/generation",
      "/generation                              | 2.0              | CLS-JSON-007@/generation",
      "/generation                              | 7.000            | CLS-JSON-007@/generation",
      "/generation                              | 1                | ",
      "/axes/0/numero                           | true             | CLS-SCH-003@/axes/0/numero",
      "/axes/0/fiches/0/calendrier/pasAvant     | \"true\"         | CLS-SCH-003@/axes/0/fiches/0/calendrier/pasAvant",
      "/axes/0/fiches/0/calendrier/pasAvant     | 1                | CLS-SCH-003@/axes/0/fiches/0/calendrier/pasAvant",
      "/coordination/etp                        | \"1.0\"          | CLS-SCH-003@/coordination/etp",
      "/coordination/etp                        | 1                | ",
      "/intitule                                | 1                | CLS-SCH-003@/intitule",
      "/intitule                                | [\"x\"]          | CLS-SCH-003@/intitule",
      "/intitule                                | null             | CLS-SCH-003@/intitule",
      "/territoire                              | \"Astarac\"      | CLS-SCH-003@/territoire",
      "/acteurs                                 | {}               | CLS-SCH-003@/acteurs",
      "/acteurs/0                               | null             | CLS-SCH-003@/acteurs/0",
      "/extensions                              | []               | CLS-SCH-003@/extensions",
      "/extensions                              | {}               | ",
      // enum: a code not in the list; a value of another type breaks type and enum
      "/statut                                  | \"en_vigueur\"   | CLS-SCH-004@/statut",
      "/statut                                  | \"\"             | CLS-SCH-004@/statut",
      "/statut                                  | 5                | CLS-SCH-003@/statut CLS-SCH-004@/statut",
      "/axes/0/thematiques/0                    | null             | CLS-SCH-003@/axes/0/thematiques/0 CLS-SCH-004@/axes/0/thematiques/0",
      "/axes/0/fiches/0/indicateurs/0/frequence | \"JAMAIS\"       | CLS-SCH-004@/axes/0/fiches/0/indicateurs/0/frequence",
      "/formatVersion                           | \"2.0\"          | CLS-SCH-004@/formatVersion",
      // pattern: identifiers, dates, codes; a blank text
      "/identifiant                             | \"cls 2025\"     | CLS-SCH-005@/identifiant",
      "/identifiant                             | \"cls\\n\"       | CLS-SCH-005@/identifiant",
      "/intitule                                | \"  \"           | CLS-SCH-005@/intitule",
      "/intitule                                | \"\\t\\n\\r \"      | CLS-SCH-005@/intitule",
      "/intitule                                | \"\\u0000\\u0020\"  | CLS-SCH-005@/intitule",
      "/intitule                                | \"\"             | CLS-SCH-005@/intitule",
      "/intitule                                | \" !\"           | ",
      "/intitule                                | \"\\u00a0\"       | ",
      "/avenants/0/date                         | \"2026-02-30\"   | CLS-SCH-005@/avenants/0/date",
      "/avenants/0/date                         | \"2026-9-15\"    | CLS-SCH-005@/avenants/0/date",
      "/avenants/0/date                         | \"2024-02-29\"   | ",
      "/evenements/0/date                       | \"2023-13\"      | CLS-SCH-005@/evenements/0/date",
      "/evenements/0/date                       | \"2023-T4\"      | ",
      "/acteurs/0/codeRegion                    | \"7\"            | CLS-SCH-005@/acteurs/0/codeRegion",
      // maxLength and minimum length of a required text
      "/axes/0/fiches/0/code                    | \"FA 1.1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" | ",
      "/axes/0/fiches/0/code                    | \"FA 1.1 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" | CLS-SCH-009@/axes/0/fiches/0/code",
      // minimum and maximum, at and beyond the bounds
      "/territoire/millesimeCog                 | 2100             | ",
      "/territoire/millesimeCog                 | 2101             | CLS-SCH-011@/territoire/millesimeCog",
      "/territoire/millesimeCog                 | 1942             | CLS-SCH-010@/territoire/millesimeCog",
      "/generation                              | 0                | CLS-SCH-010@/generation",
      "/generation                              | 3000000000       | CLS-SCH-011@/generation",
      "/generation                              | 3000000000.0     | CLS-SCH-011@/generation",
      "/coordination/etp                        | 100.0            | ",
      "/coordination/etp                        | 100.0000000001   | CLS-SCH-011@/coordination/etp",
      "/coordination/etp                        | -0.01            | CLS-SCH-010@/coordination/etp",
      // required: the property present but invalid is not missing
      "/axes/0/intitule                         | null             | CLS-SCH-003@/axes/0/intitule",
      // additionalProperties, at the root and deeper; its value is read whole
      "/inconnue                                | {\"a\":[1,2]}    | CLS-SCH-002@",
      "/axes/0/fiches/0/inconnue                | \"x\"            | CLS-SCH-002@/axes/0/fiches/0",
      "/territoire/région                       | \"76\"           | CLS-SCH-002@/territoire",
      // model: a value its type refuses, an e-mail address
      "/territoire/epci/0/siren                 | \"200035757\"    | CLS-JSON-008@/territoire/epci/0/siren",
      "/coordination/contact/courriel           | \"sans-arobase\" | CLS-CNT-001@/coordination/contact/courriel",
      "/coordination/contact/courriel           | \"a@b.example\"  | ",
  })
  void oneValueChanged_reportsExactlyItsProblems(String pointer, String value, String expected) throws Exception {
    ObjectNode root = (ObjectNode) json.mapper().readTree(ClsJsonRoundTripTest.allConcepts());
    set(root, pointer, json.mapper().readTree(value));
    JsonReading reading = json.check(json.mapper().writeValueAsBytes(root));
    List<String> found = reading.problems().stream().map(p -> p.ruleId() + "@" + p.pointer()).toList();
    assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), found, reading.problems().toString());
    assertEquals(found.isEmpty(), reading.contrat().isPresent());
    reading.problems().forEach(p -> {
      assertTrue(p.line() > 0 && p.column() > 0, p.toString());
      assertFalse(p.message(Locale.FRENCH).isBlank());
      assertFalse(p.message(Locale.ENGLISH).isBlank());
    });
  }

  /**
   * A pass tests every identifier with one matcher of the expression: each string is judged on its
   * own, whatever the strings before it were.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ok, bad, ok, bad, ok | /acteurs/1/id /acteurs/3/id",
      "bad, bad, ok, ok, ok | /acteurs/0/id /acteurs/1/id",
      "ok, ok, ok, ok, bad  | /acteurs/4/id",
      "ok, ok, ok, ok, ok   | ",
  })
  void identifiers_eachJudgedOnItsOwn(String verdicts, String expected) throws Exception {
    ObjectNode root = (ObjectNode) json.mapper().readTree(ClsJsonRoundTripTest.allConcepts());
    List<String> each = List.of(verdicts.split(", "));
    for (int i = 0; i < each.size(); i++) {
      ((ObjectNode) root.at("/acteurs/" + i)).put("id", each.get(i).equals("ok") ? "acteur-" + i : "acteur " + i);
    }
    JsonReading reading = json.check(json.mapper().writeValueAsBytes(root));
    List<String> found = reading.problems().stream()
        .filter(p -> p.ruleId().equals("CLS-SCH-005")).map(StructuralProblem::pointer).toList();
    assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), found, reading.problems().toString());
  }

  /** A required property removed, at the root and deeper, even where the builder sets a value. */
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
  void missingRequiredProperty_reportedAtItsObject(String parent, String property) throws Exception {
    ObjectNode root = (ObjectNode) json.mapper().readTree(ClsJsonRoundTripTest.allConcepts());
    ObjectNode holder = (ObjectNode) root.at(parent);
    assertTrue(holder.has(property), parent + "/" + property);
    holder.remove(property);
    JsonReading reading = json.check(json.mapper().writeValueAsBytes(root));
    assertEquals(List.of(new StructuralProblem("CLS-SCH-001", "required", parent,
        reading.position(parent).orElseThrow().line(), reading.position(parent).orElseThrow().column(),
        "schema.required", List.of(property))), reading.problems());
    assertTrue(reading.contrat().isEmpty());
  }

  /** Every failing keyword of one value, and of the document, each with its typed arguments. */
  @Test
  void problems_carryKeywordKeyAndTypedArguments() {
    String doc = "{\"formatVersion\":\"1.0\",\"identifiant\":\"" + "x".repeat(70) + " \",\"intitule\":5,"
        + "\"nature\":\"CLX\",\"generation\":0,\"territoire\":{},\"inconnue\":1}";
    List<StructuralProblem> problems = json.check(doc).problems();
    assertEquals(List.of(
        problem("CLS-SCH-009", "maxLength", "/identifiant", 38, "schema.maxLength", 71, 64),
        problem("CLS-SCH-005", "pattern", "/identifiant", 38, "schema.pattern.IdentifiantLocal",
            "x".repeat(70) + " ", "^[A-Za-z0-9][A-Za-z0-9_.-]*$"),
        problem("CLS-SCH-003", "type", "/intitule", 123, "schema.type", JsonType.STRING, JsonType.INTEGER),
        problem("CLS-SCH-004", "enum", "/nature", 134, "schema.enum", "CLX", List.of("CONTRAT_PREFIGURATION", "CLS")),
        problem("CLS-SCH-010", "minimum", "/generation", 153, "schema.minimum", new BigDecimal("0"), new BigDecimal("1")),
        problem("CLS-SCH-002", "additionalProperties", "", 1, "schema.additionalProperties", "inconnue"),
        problem("CLS-SCH-001", "required", "", 1, "schema.required", "statut")), problems);
    assertEquals("type incorrect : une chaîne attendu, un entier trouvé", problems.get(2).message(Locale.FRENCH));
    assertEquals("wrong type: a string expected, an integer found", problems.get(2).message(Locale.ENGLISH));
    assertEquals("valeur « CLX » non admise ; valeurs admises : CONTRAT_PREFIGURATION, CLS",
        problems.get(3).message(Locale.FRENCH));
  }

  /** JSON Schema counts characters as code points: an emoji is one, though two chars in Java. */
  @Test
  void maxLength_countsCodePoints() {
    String emoji = "\uD83D\uDE00";
    String at = "{\"formatVersion\":\"1.0\",\"identifiant\":\"x\",\"nature\":\"CLS\",\"statut\":\"SIGNE\","
        + "\"territoire\":{},\"intitule\":\"" + emoji.repeat(500) + "\"}";
    assertEquals(List.of(), json.check(at).problems());
    String beyond = at.replace(emoji.repeat(500), emoji.repeat(501));
    List<StructuralProblem> problems = json.check(beyond).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(List.of(501, 500), problems.get(0).arguments());
  }

  private static StructuralProblem problem(String ruleId, String keyword, String pointer, int column, String key,
      Object... arguments) {
    return new StructuralProblem(ruleId, keyword, pointer, 1, column, key, Arrays.asList(arguments));
  }

  /**
   * The values of the properties marked personal data are in no problem and no message: not when
   * too long, not when the e-mail address is invalid.
   */
  @ParameterizedTest
  @CsvSource({"nom, 501", "telephone, 41", "courriel, 20"})
  void personalData_neverInAProblem(String property, int length) throws Exception {
    String secret = ("Secret" + "z".repeat(length)).substring(0, length);
    for (String contact : List.of("/coordination/contact", "/acteurs/0/contact")) {
      ObjectNode root = (ObjectNode) json.mapper().readTree(ClsJsonRoundTripTest.allConcepts());
      if (root.at(contact).isMissingNode()) {
        ((ObjectNode) root.at(contact.substring(0, contact.lastIndexOf('/')))).putObject("contact");
      }
      ((ObjectNode) root.at(contact)).put(property, secret);
      List<StructuralProblem> problems = json.check(json.mapper().writeValueAsBytes(root)).problems();
      assertEquals(1, problems.size(), problems.toString());
      assertEquals(contact + "/" + property, problems.get(0).pointer());
      for (StructuralProblem p : problems) {
        assertFalse(p.toString().contains("Secret"), p.toString());
        assertFalse(p.message(Locale.FRENCH).contains("Secret"), p.message(Locale.FRENCH));
        assertFalse(p.message(Locale.ENGLISH).contains("Secret"), p.message(Locale.ENGLISH));
      }
    }
  }

  /** The extensions are kept exactly: property order, numbers and their scale, big integers. */
  @Test
  void extensions_keptExactly() throws Exception {
    String extensions = "{\"z\":1,\"a\":[2.50,1E+3,12345678901234567890,null,true,\"t\"],\"m\":{\"k\":{}}}";
    String doc = "{\"formatVersion\":\"1.0\",\"identifiant\":\"x\",\"intitule\":\"y\",\"nature\":\"CLS\","
        + "\"statut\":\"SIGNE\",\"territoire\":{},\"extensions\":" + extensions + "}";
    ContratLocalDeSante c = json.check(doc).contrat().orElseThrow();
    assertEquals(extensions, c.extensions().orElseThrow().toString());
    assertEquals(json.mapper().readValue(doc, ContratLocalDeSante.class), c);
    assertEquals(StatutContrat.SIGNE, c.statut());
  }

  // ---------------------------------------------------------------------------------------------

  private static void set(ObjectNode root, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = pointer.substring(0, slash).isEmpty() ? root : root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }
}
