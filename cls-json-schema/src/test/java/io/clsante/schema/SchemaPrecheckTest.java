package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ClsException;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.LocatedTree;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre-check is sound: it says "certainly valid" only of documents the engine (networknt) finds
 * valid, on every document the tests use and on targeted cases of each keyword; and the findings of
 * {@link ClsSchema#standard()} are those of {@link ClsSchema#engineOnly()}.
 */
class SchemaPrecheckTest {
  private static final SchemaPrecheck PRECHECK = SchemaPrecheck.compile(ClsSchema.standard().text());
  private static final ClsSchema ENGINE = ClsSchema.engineOnly();
  private static final String FICHE = "/axes/0/fiches/0";

  @Test
  void publishedSchema_compiles_andOnlyTheStandardInstanceUsesIt() {
    assertTrue(ClsSchema.standard().hasPrecheck());
    assertFalse(ClsSchema.engineOnly().hasPrecheck());
    assertSame(ClsSchema.engineOnly(), ClsSchema.engineOnly());
    assertNotSame(ClsSchema.standard(), ClsSchema.engineOnly());
    assertEquals(ClsSchema.standard().id(), ClsSchema.engineOnly().id());
    assertEquals(ClsSchema.standard().text(), ClsSchema.engineOnly().text());
  }

  /** Every document of this module's tests, by name: valid ones, then the invalid table. */
  static Map<String, String> documents() throws ClsJsonException {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("tous-concepts.json", Fixtures.read(Fixtures.tousConcepts()));
    documents.put("base", Fixtures.baseJson());
    documents.put("tous les codes et toutes les bornes",
        ClsJson.defaults().write(ModelDocumentsValidTest.everything()));
    int n = 0;
    for (JsonNode example : Fixtures.schemaTree().get("examples").values()) {
      documents.put("exemple du schéma " + n++, example.toPrettyString());
    }
    for (Path example : Fixtures.referenceExamples()) {
      String json = Fixtures.read(example);
      documents.put(example.getFileName().toString(), json);
      documents.put(example.getFileName() + ", relu et réécrit",
          ClsJson.defaults().write(ClsJson.defaults().read(json)));
    }
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      documents.put(c.name(), c.document());
    }
    return documents;
  }

  @TestFactory
  Stream<DynamicTest> everyTestDocument_precheckAgreesWithTheEngine() throws ClsJsonException {
    Map<String, String> documents = documents();
    assertTrue(documents.size() > 60, "documents: " + documents.size());
    return documents.entrySet().stream().map(d -> DynamicTest.dynamicTest(d.getKey(), () -> {
      LocatedTree tree = ClsJson.defaults().readTree(d.getValue());
      List<SchemaViolation> engine = ENGINE.validate(tree);
      assertEquals(engine.isEmpty(), PRECHECK.certainlyValid(tree.root()), engine::toString);
      assertEquals(engine, ClsSchema.standard().validate(tree));
    }));
  }

  @Test
  void theValidDocuments_areAcceptedByThePrecheck_andTheInvalidOnesAreNot() throws ClsJsonException {
    int accepted = 0;
    for (String json : documents().values()) {
      accepted += PRECHECK.certainlyValid(ClsJson.defaults().readTree(json).root()) ? 1 : 0;
    }
    // All the valid documents, none of the invalid table: the pre-check is not a constant.
    assertEquals(documents().size() - InvalidDocuments.all().size(), accepted);
  }

  /**
   * A targeted case: the base document with the value at a pointer replaced (null: removed), what
   * the pre-check answers, and whether the engine accepts it.
   */
  static Stream<Arguments> targeted() {
    return Stream.of(
        // type
        Arguments.of("statut numérique", "/statut", "3", false, false),
        Arguments.of("territoire en tableau", "/territoire", "[]", false, false),
        Arguments.of("pasAvant booléen", FICHE + "/calendrier/pasAvant", "false", true, true),
        Arguments.of("pasAvant en texte", FICHE + "/calendrier/pasAvant", "\"false\"", false, false),
        Arguments.of("description null", "/description", "null", false, false),
        Arguments.of("description vide", "/description", "\"\"", true, true),
        // integer: 2.0 is one for JSON Schema, but the pre-check leaves that to the engine
        Arguments.of("génération 2", "/generation", "2", true, true),
        Arguments.of("génération 2.0", "/generation", "2.0", false, true),
        Arguments.of("génération 2e0", "/generation", "2e0", false, true),
        Arguments.of("génération 3e9", "/generation", "3e9", false, false),
        Arguments.of("génération 1.5", "/generation", "1.5", false, false),
        Arguments.of("génération 10^30", "/generation", "1000000000000000000000000000000", false, false),
        // minimum and maximum
        Arguments.of("génération 1, au minimum", "/generation", "1", true, true),
        Arguments.of("génération 0, sous le minimum", "/generation", "0", false, false),
        Arguments.of("génération -1", "/generation", "-1", false, false),
        Arguments.of("génération au maximum", "/generation", "2147483647", true, true),
        Arguments.of("génération au-dessus du maximum", "/generation", "2147483648", false, false),
        Arguments.of("etp 100, au maximum", "/coordination/etp", "100", true, true),
        Arguments.of("etp 100.000, au maximum", "/coordination/etp", "100.000", true, true),
        Arguments.of("etp 1E2", "/coordination/etp", "1E2", true, true),
        Arguments.of("etp juste au-dessus de 100", "/coordination/etp", "100.0000000000000000000001", false, false),
        Arguments.of("etp 0.5", "/coordination/etp", "0.5", true, true),
        Arguments.of("etp 0", "/coordination/etp", "0", true, true),
        Arguments.of("etp -0.0", "/coordination/etp", "-0.0", true, true),
        Arguments.of("etp juste sous 0", "/coordination/etp", "-0.0000000000000000000001", false, false),
        Arguments.of("etp 1e-400", "/coordination/etp", "1e-400", true, true),
        Arguments.of("etp 1e400", "/coordination/etp", "1e400", false, false),
        Arguments.of("part 101", "/coordination/cofinancements/0/part", "101", false, false),
        // required
        Arguments.of("intitulé absent", "/intitule", null, false, false),
        Arguments.of("description absente (facultative)", "/description", null, true, true),
        Arguments.of("type d'acteur absent", "/acteurs/0/type", null, false, false),
        // additionalProperties: false, and an open object
        Arguments.of("propriété inconnue à la racine", "/inconnue", "1", false, false),
        Arguments.of("propriété inconnue dans une fiche", FICHE + "/inconnue", "{}", false, false),
        Arguments.of("extensions quelconques", "/extensions", "{\"a\": [1, null, {\"b\": 2.0}], \"c\": null}", true, true),
        Arguments.of("extensions en texte", "/extensions", "\"x\"", false, false),
        // pattern
        Arguments.of("SIREN de 9 chiffres", "/acteurs/1/siren", "\"200035756\"", true, true),
        Arguments.of("SIREN de 8 chiffres", "/acteurs/1/siren", "\"20003575\"", false, false),
        Arguments.of("SIREN suivi d'un saut de ligne", "/acteurs/1/siren", "\"200035756\\n\"", false, false),
        Arguments.of("intitulé blanc", "/intitule", "\" \\u00a0 \"", true, true),
        Arguments.of("intitulé d'espaces ASCII", "/intitule", "\" \\t\\n \"", false, false),
        Arguments.of("intitulé d'un caractère astral", "/intitule", "\"\\ud83d\\ude00\"", true, true),
        Arguments.of("intitulé d'une demi-paire de substitution", "/intitule", "\"\\ud83d\"", true, true),
        // maxLength, in code points
        Arguments.of("intitulé de 500 caractères astraux", "/intitule", astral(500), true, true),
        Arguments.of("intitulé de 501 caractères astraux", "/intitule", astral(501), false, false),
        Arguments.of("intitulé de 500 caractères", "/intitule", "\"" + "é".repeat(500) + "\"", true, true),
        Arguments.of("intitulé de 501 caractères", "/intitule", "\"" + "é".repeat(501) + "\"", false, false),
        Arguments.of("intitulé de 499 astraux et une demi-paire", "/intitule",
            "\"" + "\\ud83d\\ude00".repeat(499) + "\\ud83d\"", true, true),
        // enum
        Arguments.of("nature connue", "/nature", "\"CONTRAT_PREFIGURATION\"", true, true),
        Arguments.of("nature en minuscules", "/nature", "\"cls\"", false, false),
        Arguments.of("nature null", "/nature", "null", false, false),
        Arguments.of("nature en tableau", "/nature", "[\"CLS\"]", false, false),
        // items
        Arguments.of("thématique connue", "/axes/0/thematiques/0", "\"SANTE_MENTALE\"", true, true),
        Arguments.of("thématique inconnue", "/axes/0/thematiques/0", "\"SANTE\"", false, false),
        Arguments.of("thématique numérique", "/axes/0/thematiques/0", "1", false, false),
        Arguments.of("acteur en texte", "/acteurs/0", "\"ars\"", false, false),
        Arguments.of("aucun acteur", "/acteurs", "[]", true, true),
        // $ref to a definition
        Arguments.of("identifiant conforme", "/identifiant", "\"cls-x\"", true, true),
        Arguments.of("identifiant avec une espace", "/identifiant", "\"cls x\"", false, false),
        Arguments.of("identifiant numérique", "/identifiant", "12", false, false),
        // the root
        Arguments.of("document null", "", "null", false, false),
        Arguments.of("document vide", "", "{}", false, false),
        Arguments.of("document nombre", "", "1", false, false));
  }

  private static String astral(int count) {
    return "\"" + "\ud83d\ude00".repeat(count) + "\"";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targeted")
  void targetedCase_precheckAnswersAsExpected_andNeverAcceptsWhatTheEngineRejects(
      String name, String pointer, String json, boolean precheck, boolean engineValid) {
    JsonNode document = edited(pointer, json);
    List<SchemaViolation> engine = ENGINE.validate(document);
    assertEquals(engineValid, engine.isEmpty(), engine::toString);
    assertEquals(precheck, PRECHECK.certainlyValid(document));
    assertEquals(engine, ClsSchema.standard().validate(document));
  }

  private static JsonNode edited(String pointer, String json) {
    if (pointer.isEmpty()) {
      return Fixtures.tree(json);
    }
    JsonNode root = Fixtures.tree(Fixtures.baseJson());
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      if (json == null) {
        assertTrue(o.remove(last) != null, "nothing to remove at " + pointer);
      } else {
        o.set(last, Fixtures.tree(json));
      }
    } else {
      ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), Fixtures.tree(json));
    }
    return root;
  }

  @Test
  void integerBeyondLong_writtenWithAnExponent_isLeftToTheEngine() {
    // 1e400 is an integer for JSON Schema; the pre-check does not decide (the engine's answer is its own).
    ObjectNode document = (ObjectNode) Fixtures.tree(Fixtures.baseJson());
    document.set("generation", Fixtures.tree("1e400"));
    assertFalse(PRECHECK.certainlyValid(document));
    document.set("generation", Fixtures.tree("1e1"));
    assertFalse(PRECHECK.certainlyValid(document));
    document.set("generation", Fixtures.tree("10"));
    assertTrue(PRECHECK.certainlyValid(document));
  }

  @Test
  void numbersThatNoParserMakes_areLeftToTheEngine() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    // Binary doubles under a bound, and non-finite ones anywhere: the pre-check does not decide.
    for (double etp : new double[] {0.5, 100.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      ObjectNode document = (ObjectNode) Fixtures.tree(Fixtures.baseJson());
      ((ObjectNode) document.get("coordination")).put("etp", etp);
      assertFalse(PRECHECK.certainlyValid(document), "etp " + etp);
    }
    ObjectNode document = (ObjectNode) Fixtures.tree(Fixtures.baseJson());
    document.set("generation", nodes.numberNode(java.math.BigInteger.valueOf(2)));
    assertTrue(PRECHECK.certainlyValid(document));
    assertEquals(List.of(), ENGINE.validate(document));
    document.set("generation", nodes.numberNode(2L));
    assertTrue(PRECHECK.certainlyValid(document));
    document.set("generation", nodes.numberNode((short) 0));
    assertFalse(PRECHECK.certainlyValid(document));
    document.set("generation", nodes.binaryNode(new byte[] {1}));
    assertFalse(PRECHECK.certainlyValid(document));
  }

  // Small schemas for what the published one does not show: type arrays, minLength, boolean schemas,
  // additionalProperties as a schema, non-string enum members, recursion, $ref beside other keywords.

  private static final String SMALL = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://schema.clsante.io/test/petit.schema.json",
        "$ref": "#/$defs/Noeud",
        "$defs": {
          "Noeud": {
            "type": "object",
            "required": ["nom"],
            "properties": {
              "nom": {"type": ["string", "null"], "minLength": 2, "maxLength": 3},
              "rang": {"type": ["integer", "string"], "minimum": -5, "maximum": 5, "pattern": "^[a-z]+$"},
              "code": {"enum": ["A", 1, null, [1], {"a": 1}]},
              "enfants": {"type": "array", "items": {"$ref": "#/$defs/Noeud"}},
              "jamais": false,
              "toujours": true,
              "court": {"$ref": "#/$defs/Court", "pattern": "^b"}
            },
            "additionalProperties": {"type": "boolean"}
          },
          "Court": {"type": "string", "maxLength": 2}
        }
      }
      """;

  static Stream<Arguments> small() {
    return Stream.of(
        Arguments.of("{\"nom\": \"ab\"}", true, true),
        Arguments.of("{\"nom\": null}", true, true),
        Arguments.of("{\"nom\": 12}", false, false),
        Arguments.of("{}", false, false),
        Arguments.of("{\"nom\": \"a\"}", false, false),
        Arguments.of("{\"nom\": \"\ud83d\ude00\ud83d\ude00\"}", true, true),
        Arguments.of("{\"nom\": \"\ud83d\ude00\"}", false, false),
        Arguments.of("{\"nom\": \"abcd\"}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"rang\": 5}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"rang\": 6}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"rang\": -5}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"rang\": -6}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"rang\": 5.0}", false, true),
        Arguments.of("{\"nom\": \"ab\", \"rang\": \"abc\"}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"rang\": \"ABC\"}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"rang\": true}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"code\": \"A\"}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"code\": \"B\"}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"code\": 1}", false, true),
        Arguments.of("{\"nom\": \"ab\", \"code\": 1.0}", false, true),
        Arguments.of("{\"nom\": \"ab\", \"code\": 2}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"code\": null}", false, true),
        Arguments.of("{\"nom\": \"ab\", \"code\": [1]}", false, true),
        Arguments.of("{\"nom\": \"ab\", \"code\": {\"a\": 1}}", false, true),
        Arguments.of("{\"nom\": \"ab\", \"enfants\": [{\"nom\": \"cd\", \"enfants\": [{\"nom\": null}]}]}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"enfants\": [{\"nom\": \"cd\", \"enfants\": [{\"nom\": 1}]}]}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"enfants\": [{\"nom\": \"cd\", \"enfants\": [{}]}]}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"jamais\": 1}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"toujours\": [{}]}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"autre\": true}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"autre\": 1}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"court\": \"bc\"}", true, true),
        Arguments.of("{\"nom\": \"ab\", \"court\": \"cc\"}", false, false),
        Arguments.of("{\"nom\": \"ab\", \"court\": \"bcd\"}", false, false),
        Arguments.of("[]", false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("small")
  void smallSchema_precheckAnswersAsExpected_andNeverAcceptsWhatTheEngineRejects(
      String json, boolean precheck, boolean engineValid) {
    ClsSchema schema = ClsSchema.of(SMALL);
    assertTrue(schema.hasPrecheck());
    JsonNode document = Fixtures.tree(json);
    List<SchemaViolation> engine = schema.withoutPrecheck().validate(document);
    assertEquals(engineValid, engine.isEmpty(), engine::toString);
    assertEquals(precheck, SchemaPrecheck.compile(SMALL).certainlyValid(document));
    assertEquals(engine, schema.validate(document));
  }

  /** Schemas the pre-check refuses, each with a fragment of the reason it gives. */
  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("{\"oneOf\": [true]}", "oneOf"),
        Arguments.of("{\"type\": \"string\", \"format\": \"date\"}", "format"),
        Arguments.of("{\"const\": 1}", "const"),
        Arguments.of("{\"properties\": {\"a\": {\"anyOf\": [true]}}}", "#/properties/a/anyOf"),
        Arguments.of("{\"$defs\": {\"X\": {\"not\": true}}}", "#/$defs/X/not"),
        Arguments.of("{\"items\": [true]}", "items"),
        Arguments.of("{\"type\": \"any\"}", "unknown type"),
        Arguments.of("{\"type\": []}", "non-empty array"),
        Arguments.of("{\"maxLength\": -1}", "non-negative"),
        Arguments.of("{\"maxLength\": 2.0}", "non-negative"),
        Arguments.of("{\"maximum\": 0.5}", "not an integer"),
        Arguments.of("{\"minimum\": \"1\"}", "not an integer"),
        Arguments.of("{\"pattern\": \"[a-\"}", "does not compile"),
        Arguments.of("{\"required\": [1]}", "property name"),
        Arguments.of("{\"$ref\": \"https://example.invalid/x.json\"}", "reference"),
        Arguments.of("{\"$ref\": \"#/definitions/X\", \"definitions\": {\"X\": true}}", "reference"),
        Arguments.of("{\"$ref\": \"#\"}", "reference"),
        Arguments.of("{\"$ref\": \"#/$defs/A~1B\", \"$defs\": {\"A/B\": true}}", "reference"),
        Arguments.of("{\"$ref\": \"#/$defs/Absent\"}", "missing definition"),
        Arguments.of("{\"$ref\": \"#/$defs/A\", \"$defs\": {\"A\": {\"$ref\": \"#/$defs/B\"}, \"B\": {\"$ref\": \"#/$defs/A\"}}}",
            "itself"),
        Arguments.of("{\"properties\": {\"a\": {\"$id\": \"https://example.invalid/a\"}}}", "only understood at the root"),
        Arguments.of("{\"items\": {\"$defs\": {}}}", "only understood at the root"),
        Arguments.of("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}", "dialect"),
        Arguments.of("{\"properties\": 1}", "not an object"),
        Arguments.of("{\"properties\": {\"a\": 1}}", "neither a schema object nor a boolean"),
        Arguments.of("[]", "neither a schema object nor a boolean"),
        Arguments.of("{\"x-extension\": 1}", "x-extension"),
        Arguments.of("{", "not JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void unsupportedSchema_isRefused_withTheReason(String schema, String reason) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaPrecheck.compile(schema));
    assertTrue(e.getMessage().contains(reason), e::getMessage);
  }

  /** The hand-written test of a definition name is the regular expression it replaces. */
  @ParameterizedTest
  @MethodSource("definitionNames")
  void definitionName_isTheRegularExpression(String name) {
    assertEquals(name.matches("[A-Za-z0-9_.-]+"), SchemaPrecheck.isDefinitionName(name), name);
  }

  static Stream<String> definitionNames() {
    Stream<String> table = Stream.of("", "A", "Acteur", "a_b.c-d", "09", "-", ".", "_", "a b", "a/b", "a~1b",
        "é", "a\n", "a\u0000", "Z[", "@", "`", "{", "/", ":", "A-Za-z", "x".repeat(300), "Contrat\u2028");
    // Every character of the first 256, alone and after a valid prefix.
    Stream<String> chars = java.util.stream.IntStream.range(0, 256)
        .mapToObj(c -> String.valueOf((char) c)).flatMap(c -> Stream.of(c, "Ok" + c));
    return Stream.concat(table, chars);
  }

  @Test
  void understoodSchemas_compile() {
    // Quiet counterparts of the refusal table: the same shapes, each understood.
    for (String schema : List.of("{}", "{\"type\": \"string\"}",
        "{\"type\": [\"string\", \"null\"]}", "{\"maxLength\": 0}", "{\"maximum\": -3}", "{\"pattern\": \"[a-]\"}",
        "{\"required\": []}", "{\"$ref\": \"#/$defs/A\", \"$defs\": {\"A\": {\"items\": {\"$ref\": \"#/$defs/A\"}}}}",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"https://example.invalid/s\"}",
        "{\"properties\": {\"a\": true, \"b\": false}}", "true", "false",
        "{\"title\": 1, \"description\": [], \"examples\": [{\"oneOf\": 1}], \"default\": {}, \"$comment\": \"x\"}")) {
      SchemaPrecheck.compile(schema);
    }
  }

  @Test
  void schemaWithAKeywordNotUnderstood_hasNoPrecheck_andTheEngineGivesTheSameFindings() throws ClsJsonException {
    String text = ClsSchema.standard().text().replace("\"maxLength\": 500,", "\"maxLength\": 500, \"minItems\": 0,");
    assertNotEquals(ClsSchema.standard().text(), text);
    ClsSchema schema = ClsSchema.of(text);
    assertFalse(schema.hasPrecheck());
    assertEquals(List.of(), schema.validate(Fixtures.baseJson()));
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      assertEquals(ClsSchema.standard().validate(c.document()), schema.validate(c.document()), c.name());
    }
  }

  @Test
  void schemaTheEngineCannotCompile_hasNoPrecheck_andFailsOnTheFirstValidation_andInPrepare() {
    String text = "{\"$id\": \"https://schema.clsante.io/test/casse.json\", \"$ref\": \"#/$defs/Absent\"}";
    ClsSchema broken = ClsSchema.of(text);
    assertFalse(broken.hasPrecheck());
    assertThrows(ClsException.class, () -> broken.validate("{}"));
    assertThrows(ClsException.class, broken::prepare);
    String badPattern = "{\"$id\": \"https://schema.clsante.io/test/casse.json\", \"pattern\": \"[\"}";
    assertFalse(ClsSchema.of(badPattern).hasPrecheck());
    assertThrows(ClsException.class, () -> ClsSchema.of(badPattern).validate("\"a\""));
  }

  @Test
  void schemaWithoutId_isRefusedWhenLoaded_asBefore() {
    assertThrows(ClsException.class, () -> ClsSchema.of("{\"type\": \"object\"}"));
    assertThrows(ClsException.class, () -> ClsSchema.of("{"));
  }

  @Test
  void prepare_onEitherInstance_succeedsForThePublishedSchema() throws ClsJsonException {
    ClsSchema.standard().prepare();
    ClsSchema.engineOnly().prepare();
    assertEquals(ClsSchema.standard().validate(InvalidDocuments.all().get(0).document()),
        ClsSchema.engineOnly().validate(InvalidDocuments.all().get(0).document()));
  }

  @Test
  void treeDeeperThanTheStack_isLeftToTheEngine() {
    SchemaPrecheck recursive = SchemaPrecheck.compile(
        "{\"$ref\": \"#/$defs/A\", \"$defs\": {\"A\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/A\"}}}}");
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    tools.jackson.databind.node.ArrayNode top = nodes.arrayNode();
    tools.jackson.databind.node.ArrayNode current = top;
    for (int i = 0; i < 10; i++) {
      current = current.addArray();
    }
    assertTrue(recursive.certainlyValid(top));
    for (int i = 0; i < 200_000; i++) {
      current = current.addArray();
    }
    assertFalse(recursive.certainlyValid(top));
  }
}
