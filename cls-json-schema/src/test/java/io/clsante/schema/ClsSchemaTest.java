package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The validation API: inputs, locations, order, and unreadable input. */
class ClsSchemaTest {
  private static final ClsSchema SCHEMA = ClsSchema.standard();

  /** Three violations on known lines: line 4 (nature), 6 (région), 8 (unknown property); intitule missing. */
  private static final String LOCATED = String.join("\n",
      "{",
      "  \"formatVersion\": \"1.0\",",
      "  \"identifiant\": \"cls-x\",",
      "  \"nature\": \"cls\",",
      "  \"statut\": \"SIGNE\",",
      "  \"territoire\": {\"region\": \"7\"},",
      "  \"acteurs\": [",
      "    {\"id\": \"a\", \"nom\": \"A\", \"type\": \"ARS\", \"sirne\": \"1\"}",
      "  ]",
      "}");

  @Test
  void standard_isOneSharedInstance_namedByItsVersionedId() {
    assertSame(SCHEMA, ClsSchema.standard());
    assertEquals(URI.create("https://schema.clsante.io/cls/1.0/contrat.schema.json"), SCHEMA.id());
    assertEquals("ClsSchema[https://schema.clsante.io/cls/1.0/contrat.schema.json]", SCHEMA.toString());
  }

  @Test
  void validate_text_locatesEachViolation_inDocumentOrder() throws ClsJsonException {
    List<SchemaViolation> violations = SCHEMA.validate(LOCATED);
    assertEquals(List.of(
        new SchemaViolation("", 1, 1, "#/$defs/ContratLocalDeSante/required", "required", List.of("intitule")),
        new SchemaViolation("/nature", 4, 13, "#/$defs/NatureContrat/enum", "enum", List.of("cls", "CONTRAT_PREFIGURATION, CLS")),
        new SchemaViolation("/territoire/region", 6, 28, "#/$defs/CodeRegion/pattern", "pattern",
            List.of("7", "^[0-9]{2}$")),
        // An unknown property: the object, and where the value of the property starts.
        new SchemaViolation("/acteurs/0", 8, 53, "#/$defs/Acteur/additionalProperties", "additionalProperties",
            List.of("sirne"))),
        violations);
  }

  @Test
  void validate_string_bytes_stream_giveTheSameViolations() throws ClsJsonException {
    byte[] utf8 = LOCATED.getBytes(StandardCharsets.UTF_8);
    List<SchemaViolation> expected = SCHEMA.validate(LOCATED);
    assertEquals(expected, SCHEMA.validate(utf8));
    assertEquals(expected, SCHEMA.validate(new ByteArrayInputStream(utf8)));
  }

  @Test
  void validate_treeWithoutPositions_givesMinusOne_inPointerOrder() throws ClsJsonException {
    JsonNode tree = Fixtures.tree(LOCATED);
    List<SchemaViolation> fromTree = SCHEMA.validate(tree);
    assertTrue(fromTree.stream().allMatch(v -> v.line() == -1 && v.column() == -1), fromTree::toString);
    // Without positions the order is the pointers' order.
    assertEquals(List.of("", "/acteurs/0", "/nature", "/territoire/region"),
        fromTree.stream().map(SchemaViolation::pointer).collect(Collectors.toList()));
  }

  @Test
  void validate_treeWithoutPositions_sortsArrayIndexesAsNumbers() {
    JsonNode tree = Fixtures.tree(Fixtures.baseJson());
    tools.jackson.databind.node.ArrayNode acteurs = (tools.jackson.databind.node.ArrayNode) tree.get("acteurs");
    for (int i = 0; i < 11; i++) {
      acteurs.addObject().put("id", "a" + i).put("nom", "A").put("type", "ARS").put("x", 1);
    }
    List<String> pointers = SCHEMA.validate(tree).stream().map(SchemaViolation::pointer).collect(Collectors.toList());
    List<String> expected = IntStream.range(2, 13).mapToObj(i -> "/acteurs/" + i).collect(Collectors.toList());
    assertEquals(expected, pointers);
  }

  @Test
  void validate_validDocument_givesAnEmptyImmutableList() throws ClsJsonException {
    List<SchemaViolation> none = SCHEMA.validate(Fixtures.baseJson());
    assertEquals(List.of(), none);
    assertThrows(UnsupportedOperationException.class, () -> none.add(null));
  }

  @Test
  void validate_nullNode_isAViolationAtTheRoot_notAnException() {
    assertEquals(List.of(new SchemaViolation("", -1, -1, "#/$defs/ContratLocalDeSante/type", "type",
        List.of("object", "null"))), SCHEMA.validate(JsonNodeFactory.instance.nullNode()));
  }

  @Test
  void validate_nullArguments_areProgrammingErrors() {
    assertThrows(NullPointerException.class, () -> SCHEMA.validate((String) null));
    assertThrows(NullPointerException.class, () -> SCHEMA.validate((byte[]) null));
    assertThrows(NullPointerException.class, () -> SCHEMA.validate((InputStream) null));
    assertThrows(NullPointerException.class, () -> SCHEMA.validate((JsonNode) null));
  }

  static Stream<Arguments> unreadable() {
    String base = Fixtures.baseJson();
    return Stream.of(
        Arguments.of("empty", "", JsonProblem.EMPTY),
        Arguments.of("only white space", " \n\t ", JsonProblem.EMPTY),
        Arguments.of("truncated", "{\"formatVersion\": \"1.0\",", JsonProblem.SYNTAX),
        Arguments.of("single quotes", "{'formatVersion': '1.0'}", JsonProblem.SYNTAX),
        Arguments.of("NaN", "{\"formatVersion\": NaN}", JsonProblem.SYNTAX),
        Arguments.of("comment", "// commentaire\n" + base, JsonProblem.SYNTAX),
        Arguments.of("duplicate key", "{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}",
            JsonProblem.DUPLICATE_PROPERTY),
        Arguments.of("content after the document", base + " {}", JsonProblem.SYNTAX),
        Arguments.of("string beyond the length limit",
            "{\"intitule\": \"" + "x".repeat(100_001) + "\"}", JsonProblem.LIMIT_EXCEEDED),
        Arguments.of("nesting beyond the depth limit",
            "{\"extensions\": " + "{\"a\": ".repeat(70) + "1" + "}".repeat(71), JsonProblem.LIMIT_EXCEEDED),
        // Well-formedness comes first, whatever else is wrong with the document.
        Arguments.of("truncated after an unknown property", "{\"inconnue\": 1, ", JsonProblem.SYNTAX),
        Arguments.of("two documents", "{} {}", JsonProblem.SYNTAX),
        Arguments.of("duplicate unknown key", "{\"a\": 1, \"a\": 2}", JsonProblem.DUPLICATE_PROPERTY),
        Arguments.of("truncated array", "[1, 2", JsonProblem.SYNTAX));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void validate_unreadableText_throwsTheReadersLocatedException(String what, String text, JsonProblem problem) {
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> SCHEMA.validate(text));
    assertEquals(problem, e.problem(), e::getMessage);
    assertTrue(e.line() > 0, e::getMessage);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(problem, assertThrows(ClsJsonException.class, () -> SCHEMA.validate(utf8)).problem());
    assertEquals(problem,
        assertThrows(ClsJsonException.class, () -> SCHEMA.validate(new ByteArrayInputStream(utf8))).problem());
  }

  @Test
  void validate_invalidUtf8_throwsAnEncodingProblem() {
    byte[] bad = {'{', '"', 'i', 'n', 't', 'i', 't', 'u', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertEquals(JsonProblem.ENCODING, assertThrows(ClsJsonException.class, () -> SCHEMA.validate(bad)).problem());
  }

  @Test
  void validate_locatedTree_givesTheSameViolationsAsText() throws ClsJsonException {
    assertEquals(SCHEMA.validate(LOCATED), SCHEMA.validate(ClsJson.defaults().readTree(LOCATED)));
  }

  @Test
  void validate_treeOfLocationAwareNodes_givesTheirPositions() throws ClsJsonException {
    JsonMapper mapper = ClsJson.defaults().mapper();
    JsonNode tree;
    try (JsonParser parser = mapper.createParser(LOCATED)) {
      tree = mapper.reader().with(new LocationJsonNodeFactory(parser)).readTree(parser);
    }
    assertEquals(SCHEMA.validate(LOCATED), SCHEMA.validate(tree));
  }

  @Test
  void validate_failingStream_throwsClsJsonException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disque débranché");
      }
    };
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> SCHEMA.validate(failing));
    assertTrue(e.getMessage().contains("disque débranché"), e::getMessage);
  }

  @Test
  void validate_stream_isReadToItsEnd_andNotClosed() throws ClsJsonException {
    boolean[] closed = {false};
    ByteArrayInputStream bytes = new ByteArrayInputStream(Fixtures.baseJson().getBytes(StandardCharsets.UTF_8));
    InputStream in = new FilterInputStream(bytes) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    assertEquals(List.of(), SCHEMA.validate(in));
    assertFalse(closed[0]);
    assertEquals(0, bytes.available());
  }

  @Test
  void validate_fromManyThreads_givesTheSameAnswers() throws Exception {
    List<String> documents = new ArrayList<>();
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      documents.add(c.document());
    }
    List<List<SchemaViolation>> sequential = new ArrayList<>();
    for (String d : documents) {
      sequential.add(SCHEMA.validate(d));
    }
    for (int round = 0; round < 5; round++) {
      List<List<SchemaViolation>> parallel = documents.parallelStream().map(d -> {
        try {
          return SCHEMA.validate(d);
        } catch (ClsJsonException e) {
          throw new AssertionError(e);
        }
      }).collect(Collectors.toList());
      assertEquals(sequential, parallel);
    }
  }

  @Test
  void pointer_escapesTildeAndSlash_asRfc6901Says() {
    NodePath path = new NodePath(PathType.JSON_POINTER).append("a/b~c").append(0).append("d");
    assertEquals("/a~1b~0c/0/d", Violations.pointer(path));
    assertEquals("", Violations.pointer(new NodePath(PathType.JSON_POINTER)));
  }

  @Test
  void everyViolationOfTheTable_hasALineAndAColumn_forTextInput() throws ClsJsonException {
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      for (SchemaViolation v : SCHEMA.validate(c.document())) {
        assertTrue(v.line() > 0 && v.column() > 0, () -> c + ": " + v);
      }
    }
    assertEquals(Set.of(), Set.copyOf(SCHEMA.validate(Fixtures.baseJson())));
  }
}
