package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link JsonReading#position(String)}: every value found by its pointer, the nearest enclosing one
 * otherwise; the problems located at their value; the document read again at most once, and only
 * when a position is needed.
 */
class JsonReadingTest {
  // Not a contract: positions are those of any JSON document. Columns are those of the first
  // character of each value.
  private static final String DOC = String.join("\n",
      "{",
      "  \"a\": [10, {\"b\": true}],",
      "  \"x/y\": {\"m~n\": \"v\", \"\": 1},",
      "  \"c\": [[], [null, 2.5]]",
      "}");

  private static final List<Function<String, JsonReading>> TEXT_AND_BYTES = List.of(
      ClsJson.defaults()::check, text -> ClsJson.defaults().check(text.getBytes(StandardCharsets.UTF_8)));

  @ParameterizedTest(name = "{0} -> {1}:{2}")
  @CsvSource(delimiter = '|', value = {
      "''            | 1 | 1",
      "/a            | 2 | 8",
      "/a/0          | 2 | 9",
      "/a/1          | 2 | 13",
      "/a/1/b        | 2 | 19",
      "/x~1y         | 3 | 10",
      "/x~1y/m~0n    | 3 | 18",
      "/x~1y/        | 3 | 27",
      "/c/1/1        | 4 | 20",
      "/c/0          | 4 | 9",
      // Nothing there: the nearest enclosing value.
      "/a/2          | 2 | 8",
      "/a/01         | 2 | 8",
      "/a/-          | 2 | 8",
      "/a/1/absent   | 2 | 13",
      "/x/y          | 1 | 1",
      "/x~1y/m~n     | 3 | 10",
      "/c/0/0        | 4 | 9",
      "/a/0/deeper   | 2 | 9",
  })
  void position_findsTheValueOrItsNearestEnclosingOne(String pointer, int line, int column) {
    for (Function<String, JsonReading> check : TEXT_AND_BYTES) {
      assertEquals(Optional.of(new Position(line, column)), check.apply(DOC).position(pointer));
    }
  }

  @ParameterizedTest(name = "{0}")
  @NullSource
  @ValueSource(strings = {"a", "a/0", "#/a"})
  void position_isEmptyForWhatIsNoPointer(String pointer) {
    assertEquals(Optional.empty(), ClsJson.defaults().check(DOC).position(pointer));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "  \n ", "bonjour"})
  void position_isEmptyWhenTheDocumentHoldsNoValue(String text) {
    JsonReading reading = ClsJson.defaults().check(text);
    assertEquals(Optional.empty(), reading.position(""));
    assertEquals(Optional.empty(), reading.position("/a"));
  }

  /** Where the document cannot be read, the values before that point still have their position. */
  @ParameterizedTest(name = "{0} -> {1}:{2}")
  @CsvSource(delimiter = '|', value = {
      "''     | 1 | 1",
      "/a     | 1 | 7",
      "/b/0   | 2 | 9",
      // After the problem, the nearest enclosing value read.
      "/b/1   | 2 | 8",
      "/c     | 1 | 1",
  })
  void position_beforeAProblemOfReading(String pointer, int line, int column) {
    JsonReading reading = ClsJson.defaults().check("{\"a\": 1,\n  \"b\": [2, }\n  \"c\": 3}");
    assertEquals("CLS-JSON-002", reading.problems().get(0).ruleId());
    assertEquals(Optional.of(new Position(line, column)), reading.position(pointer));
  }

  /** Columns count chars in text and bytes in UTF-8: {@code é} is one char and two bytes. */
  @Test
  void position_countsCharsOfTextAndBytesOfUtf8() {
    String doc = "{\"é\": \"x\", \"b\": 1}";
    assertEquals(Optional.of(new Position(1, 7)), ClsJson.defaults().check(doc).position("/é"));
    assertEquals(Optional.of(new Position(1, 17)), ClsJson.defaults().check(doc).position("/b"));
    JsonReading bytes = ClsJson.defaults().check(doc.getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of(new Position(1, 8)), bytes.position("/é"));
    assertEquals(Optional.of(new Position(1, 18)), bytes.position("/b"));
  }

  /**
   * Each problem found by the pass is at the start of its value, a required property missing at the
   * start of its object; in text and in UTF-8 alike, but for the columns after a non-ASCII
   * character on the same line.
   */
  @Test
  void problems_areLocatedAtTheirValue() {
    String doc = String.join("\n",
        "{",
        "  \"formatVersion\": \"1.0\",",
        "  \"identifiant\": \"é\",",
        "  \"intitule\": \"é\", \"nature\": 5,",
        "  \"statut\": \"SIGNE\",",
        "  \"territoire\": {\"libelle\": \"Île\", \"communes\": [{\"nom\": \"Paris\"}]}",
        "}");
    // rule, pointer, line:column in text, line:column in bytes
    List<String> expected = List.of(
        "CLS-SCH-005 /identifiant 3:18 3:18",
        "CLS-SCH-003 /nature 4:30 4:31",
        "CLS-SCH-004 /nature 4:30 4:31",
        "CLS-SCH-001 /territoire/communes/0 6:49 6:50");
    List<StructuralProblem> text = ClsJson.defaults().check(doc).problems();
    List<StructuralProblem> bytes = ClsJson.defaults().check(doc.getBytes(StandardCharsets.UTF_8)).problems();
    assertEquals(expected.size(), text.size(), text.toString());
    assertEquals(expected.size(), bytes.size(), bytes.toString());
    for (int i = 0; i < expected.size(); i++) {
      StructuralProblem t = text.get(i);
      StructuralProblem b = bytes.get(i);
      assertEquals(expected.get(i), String.format("%s %s %d:%d %d:%d", t.ruleId(), t.pointer(), t.line(), t.column(),
          b.line(), b.column()));
      assertEquals(t.pointer(), b.pointer());
    }
  }

  /**
   * The document is read by the pass, then again only to index positions: never for a contract no
   * one asks a position of, nor for a problem of reading (the parser locates it), once whatever is
   * asked after.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a contract, no position asked          | VALID   | false | 1",
      "a contract, positions asked            | VALID   | true  | 2",
      "problems of the schema, to locate      | SCHEMA  | false | 2",
      "problems of the schema, positions too  | SCHEMA  | true  | 2",
      "a problem of reading, located by it    | READING | false | 1",
      "a problem of reading, positions asked  | READING | true  | 2",
  })
  void index_readsTheDocumentAgainOnceAndOnlyWhenNeeded(String label, String kind, boolean ask, int reads)
      throws Exception {
    String doc = switch (kind) {
      case "VALID" -> new String(ClsJsonRoundTripTest.allConcepts(), StandardCharsets.UTF_8);
      case "SCHEMA" -> "{\"formatVersion\": \"1.0\", \"identifiant\": 5, \"inconnue\": true}";
      default -> "{\"formatVersion\": \"1.0\", \"identifiant\": }";
    };
    for (boolean asBytes : new boolean[] {false, true}) {
      CountingFactory parsers = new CountingFactory();
      JsonInput input = asBytes ? JsonInput.of(doc.getBytes(StandardCharsets.UTF_8)) : JsonInput.of(doc);
      JsonReading reading = StructuralPass.read(input, parsers, JsonLimits.defaults(), ModelPass::root);
      assertEquals(kind.equals("VALID"), reading.contrat().isPresent(), reading.problems().toString());
      assertTrue(reading.problems().stream().allMatch(p -> p.line() > 0 && p.column() > 0),
          reading.problems().toString());
      if (ask) {
        for (String pointer : List.of("", "/formatVersion", "/identifiant", "/absent", "/formatVersion")) {
          assertTrue(reading.position(pointer).isPresent(), pointer);
        }
      }
      assertEquals(reads, parsers.opened, label + (asBytes ? ", bytes" : ", text"));
    }
  }

  /** Counts the parsers opened on a document. */
  private static final class CountingFactory extends JsonFactory {
    int opened;

    CountingFactory() {
      super(JsonFactory.builder().streamReadConstraints(new ReadLimits(JsonLimits.defaults())));
    }

    @Override
    public JsonParser createParser(ObjectReadContext context, byte[] utf8) {
      opened++;
      return super.createParser(context, utf8);
    }

    @Override
    public JsonParser createParser(ObjectReadContext context, String text) {
      opened++;
      return super.createParser(context, text);
    }
  }
}
