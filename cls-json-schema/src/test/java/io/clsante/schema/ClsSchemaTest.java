package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.json.JsonProblem;
import io.clsante.model.json.StructuralProblem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation API: inputs, locations, order, and unreadable input. */
class ClsSchemaTest {
  private static final ClsSchema SCHEMA = ClsSchema.standard();

  /** Four problems: line 4 (nature), 6 (région), 8 (unknown property), and intitule missing. */
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
    assertEquals(URI.create("https://schema.clsante.io/cls/1.1/contrat.schema.json"), SCHEMA.id());
    assertEquals("ClsSchema[https://schema.clsante.io/cls/1.1/contrat.schema.json]", SCHEMA.toString());
  }

  @Test
  void validate_text_locatesEachProblem_inDocumentOrder() {
    assertEquals(List.of(
        new StructuralProblem("CLS-SCH-004", "enum", "/nature", 4, 13, "schema.enum",
            List.of("cls", List.of("CONTRAT_PREFIGURATION", "CLS"))),
        new StructuralProblem("CLS-SCH-005", "pattern", "/territoire/region", 6, 28, "schema.pattern.CodeRegion",
            List.of("7", "^[0-9]{2}$")),
        // An unknown property: the object that holds it, where the object starts.
        new StructuralProblem("CLS-SCH-002", "additionalProperties", "/acteurs/0", 8, 5,
            "schema.additionalProperties", List.of("sirne")),
        // A property missing: found at the object's end, after the problems of its values.
        new StructuralProblem("CLS-SCH-001", "required", "", 1, 1, "schema.required", List.of("intitule"))),
        SCHEMA.validate(LOCATED));
  }

  @Test
  void networknt_findsTheSameProblems_inTheLocatedDocument() {
    assertEquals(ProblemKeys.schemaKeys(SCHEMA.validate(LOCATED)), NetworkntOracle.keys(LOCATED));
    assertEquals(4, NetworkntOracle.keys(LOCATED).size());
  }

  @Test
  void validate_stringAndBytes_giveTheSameProblems() {
    assertEquals(SCHEMA.validate(LOCATED), SCHEMA.validate(LOCATED.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void validate_validDocument_givesAnEmptyImmutableList() {
    List<StructuralProblem> none = SCHEMA.validate(Fixtures.baseJson());
    assertEquals(List.of(), none);
    assertThrows(UnsupportedOperationException.class, () -> none.add(null));
  }

  @Test
  void validate_nullArguments_areProgrammingErrors() {
    assertThrows(NullPointerException.class, () -> SCHEMA.validate((String) null));
    assertThrows(NullPointerException.class, () -> SCHEMA.validate((byte[]) null));
  }

  static Stream<Arguments> unreadable() {
    String base = Fixtures.baseJson();
    return Stream.of(
        Arguments.of("empty", "", JsonProblem.EMPTY, ""),
        Arguments.of("only white space", " \n\t ", JsonProblem.EMPTY, ""),
        Arguments.of("truncated", "{\"formatVersion\": \"1.0\",", JsonProblem.SYNTAX, "/formatVersion"),
        Arguments.of("single quotes", "{'formatVersion': '1.0'}", JsonProblem.SYNTAX, ""),
        Arguments.of("NaN", "{\"formatVersion\": NaN}", JsonProblem.SYNTAX, "/formatVersion"),
        Arguments.of("comment", "// commentaire\n" + base, JsonProblem.SYNTAX, ""),
        Arguments.of("duplicate key", "{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}",
            JsonProblem.DUPLICATE_PROPERTY, "/formatVersion"),
        Arguments.of("content after the document", base + " {}", JsonProblem.SYNTAX, ""),
        Arguments.of("string beyond the length limit",
            "{\"intitule\": \"" + "x".repeat(100_001) + "\"}", JsonProblem.LIMIT_EXCEEDED, "/intitule"),
        Arguments.of("nesting beyond the depth limit",
            "{\"extensions\": " + "{\"a\": ".repeat(70) + "1" + "}".repeat(71), JsonProblem.LIMIT_EXCEEDED,
            "/extensions" + "/a".repeat(63)),
        // Well-formedness comes first, whatever else is wrong with the document.
        Arguments.of("truncated after an unknown property", "{\"inconnue\": 1, ", JsonProblem.SYNTAX, "/inconnue"),
        Arguments.of("two documents", "{} {}", JsonProblem.SYNTAX, ""),
        Arguments.of("duplicate unknown key", "{\"a\": 1, \"a\": 2}", JsonProblem.DUPLICATE_PROPERTY, "/a"),
        Arguments.of("truncated array", "[1, 2", JsonProblem.SYNTAX, "/1"));
  }

  /** Unreadable input is one problem of reading, located, never an exception; no schema problem beside it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void validate_unreadableText_givesOneLocatedProblemOfReading(String what, String text, JsonProblem problem,
      String pointer) {
    List<StructuralProblem> found = SCHEMA.validate(text);
    assertEquals(1, found.size(), found::toString);
    StructuralProblem p = found.get(0);
    assertEquals(List.of(problem.ruleId(), problem.name(), pointer), List.of(p.ruleId(), p.keyword(), p.pointer()));
    assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    assertEquals(found, SCHEMA.validate(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void validate_invalidUtf8_givesAnEncodingProblem() {
    byte[] bad = {'{', '"', 'i', 'n', 't', 'i', 't', 'u', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    List<StructuralProblem> found = SCHEMA.validate(bad);
    assertEquals(List.of(JsonProblem.ENCODING.ruleId()), found.stream().map(StructuralProblem::ruleId).toList());
  }

  @Test
  void validate_fromManyThreads_givesTheSameAnswers() {
    List<String> documents = InvalidDocuments.all().stream().map(InvalidDocuments.Case::document).toList();
    List<List<StructuralProblem>> sequential = documents.stream().map(SCHEMA::validate).toList();
    for (int round = 0; round < 5; round++) {
      assertEquals(sequential, documents.parallelStream().map(SCHEMA::validate).toList());
    }
  }
}
