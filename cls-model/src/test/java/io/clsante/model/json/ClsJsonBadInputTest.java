package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input gives a located {@link ClsJsonException} and nothing else. */
class ClsJsonBadInputTest {
  private static final String MIN = "\"formatVersion\":\"1.0\",\"identifiant\":\"x\",\"intitule\":\"y\","
      + "\"nature\":\"CLS\",\"statut\":\"SIGNE\",\"territoire\":{}";

  private static String doc(String extra) {
    return "{" + MIN + extra + "}";
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("unknown property", doc(",\"intitulé\":\"z\""), JsonProblem.UNKNOWN_PROPERTY, "/intitulé"),
        Arguments.of("unknown nested property", doc(",\"acteurs\":[{\"id\":\"a\",\"nom\":\"A\",\"type\":\"ARS\",\"x\":1}]"),
            JsonProblem.UNKNOWN_PROPERTY, "/acteurs/0/x"),
        Arguments.of("wrong type: number for string", doc(",\"description\":5"), JsonProblem.WRONG_TYPE, "/description"),
        Arguments.of("wrong type: string for integer", doc(",\"generation\":\"2\""), JsonProblem.WRONG_TYPE, "/generation"),
        Arguments.of("wrong type: float for integer", doc(",\"generation\":2.5"), JsonProblem.WRONG_TYPE, "/generation"),
        Arguments.of("wrong type: object for list", doc(",\"acteurs\":{}"), JsonProblem.WRONG_TYPE, "/acteurs"),
        Arguments.of("wrong type: string for boolean",
            doc(",\"periode\":{\"debut\":\"2025\",\"pasAvant\":\"true\"}"), JsonProblem.WRONG_TYPE, "/periode/pasAvant"),
        Arguments.of("root is an array", "[]", JsonProblem.WRONG_TYPE, ""),
        Arguments.of("duplicate key", "{\"identifiant\":\"x\",\"identifiant\":\"y\"}", JsonProblem.DUPLICATE_PROPERTY, "/identifiant"),
        Arguments.of("missing required", "{\"formatVersion\":\"1.0\",\"identifiant\":\"x\",\"nature\":\"CLS\",\"statut\":\"SIGNE\",\"territoire\":{}}",
            JsonProblem.MISSING_PROPERTY, ""),
        Arguments.of("missing nested required", doc(",\"axes\":[{\"id\":\"a\",\"numero\":1}]"), JsonProblem.MISSING_PROPERTY, "/axes/0"),
        Arguments.of("null value", doc(",\"description\":null"), JsonProblem.WRONG_TYPE, "/description"),
        Arguments.of("null list", doc(",\"acteurs\":null"), JsonProblem.WRONG_TYPE, "/acteurs"),
        Arguments.of("malformed date", doc(",\"avenants\":[{\"numero\":1,\"date\":\"2025-02-30\",\"objet\":\"o\"}]"),
            JsonProblem.INVALID_VALUE, "/avenants/0/date"),
        Arguments.of("date with a time", doc(",\"avenants\":[{\"numero\":1,\"date\":\"2025-01-01T10:00:00Z\",\"objet\":\"o\"}]"),
            JsonProblem.INVALID_VALUE, "/avenants/0/date"),
        Arguments.of("date with a space", doc(",\"avenants\":[{\"numero\":1,\"date\":\" 2025-02-01\",\"objet\":\"o\"}]"),
            JsonProblem.INVALID_VALUE, "/avenants/0/date"),
        Arguments.of("date with an extended year", doc(",\"avenants\":[{\"numero\":1,\"date\":\"+12025-01-01\",\"objet\":\"o\"}]"),
            JsonProblem.INVALID_VALUE, "/avenants/0/date"),
        Arguments.of("date as a number", doc(",\"avenants\":[{\"numero\":1,\"date\":20250101,\"objet\":\"o\"}]"),
            JsonProblem.WRONG_TYPE, "/avenants/0/date"),
        Arguments.of("malformed calendar date", doc(",\"periode\":{\"debut\":\"2025-T5\"}"), JsonProblem.INVALID_VALUE, "/periode/debut"),
        Arguments.of("unknown code", doc(",\"generation\":1,\"nature\":\"CLX\"").replace("\"nature\":\"CLS\",", ""),
            JsonProblem.INVALID_VALUE, "/nature"),
        Arguments.of("bad SIREN checksum", doc(",\"acteurs\":[{\"id\":\"a\",\"nom\":\"A\",\"type\":\"ARS\",\"siren\":\"200035757\"}]"),
            JsonProblem.INVALID_VALUE, "/acteurs/0/siren"),
        Arguments.of("unsupported format version", doc("").replace("\"1.0\"", "\"2.0\""), JsonProblem.INVALID_VALUE, "/formatVersion"),
        Arguments.of("NaN", doc(",\"coordination\":{\"etp\":NaN}"), JsonProblem.SYNTAX, "/coordination/etp"),
        Arguments.of("400-digit number", doc(",\"coordination\":{\"etp\":" + "9".repeat(400) + "}"),
            JsonProblem.LIMIT_EXCEEDED, "/coordination/etp"),
        Arguments.of("exponent beyond BigDecimal, in an amount", doc(",\"coordination\":{\"etp\":1e3000000000}"),
            JsonProblem.LIMIT_EXCEEDED, "/coordination/etp"),
        Arguments.of("truncated input", doc("").substring(0, 40), JsonProblem.SYNTAX, null),
        Arguments.of("trailing content", doc("") + " {}", JsonProblem.SYNTAX, null),
        Arguments.of("empty input", "", JsonProblem.EMPTY, ""),
        Arguments.of("white space only", "  \n ", JsonProblem.EMPTY, ""),
        Arguments.of("deep nesting", doc(",\"extensions\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(200)),
            JsonProblem.LIMIT_EXCEEDED, null),
        Arguments.of("not JSON", "bonjour", JsonProblem.SYNTAX, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInput_givesLocatedError(String label, String input, JsonProblem expected, String pointer) {
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(input));
    assertEquals(expected, e.problem(), e.getMessage());
    if (pointer != null) {
      assertEquals(pointer, e.pointer(), e.getMessage());
    }
    assertTrue(e.line() >= 1 || e.problem() == JsonProblem.EMPTY, "no line in " + e.getMessage());
    assertFalse(e.getMessage().isBlank());
    assertFalse(e.message(Locale.ENGLISH).isBlank());
    // Parsing to a located tree and binding it gives the same problem at the same place.
    ClsJsonException t = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().bind(ClsJson.defaults().readTree(input)));
    assertEquals(expected, t.problem(), t.getMessage());
    if (pointer != null) {
      assertEquals(pointer, t.pointer(), t.getMessage());
    }
    assertTrue(t.line() >= 1 || t.problem() == JsonProblem.EMPTY, "no line in " + t.getMessage());
    // The same input as bytes gives the same kind of problem.
    ClsJsonException b = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(input.getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, b.problem(), b.getMessage());
  }

  // The located tree finds duplicates itself (the reader through the parser's detection): the
  // error names the property at its pointer, on the line and at the column where it appears again.
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "at the root|{\"identifiant\":\"x\",\"identifiant\":\"y\"}|/identifiant|1|20",
      "in a nested object|{\"periode\":{\"debut\":\"2025\",\"fin\":\"2029\",\"debut\":\"2026\"}}|/periode/debut|1|41",
      "in an array element|{\"extensions\":{\"l\":[{\"id\":\"a\"},{\"id\":\"b\",\"id\":\"c\"}]}}|/extensions/l/1/id|1|42",
      "on another line|{~  \"nature\": \"CLS\",~    \"nature\": \"CLS\"~}|/nature|3|5",
      "same name in two objects, then twice in one|{\"extensions\":{\"a\":{\"x\":1},\"b\":{\"x\":1,\"y\":2,\"x\":3}}}|/extensions/b/x|1|45"})
  void duplicateProperty_locatedAtItsSecondOccurrence(String label, String input, String pointer, int line, int column) {
    String json = input.replace("~", "\n"); // ~ stands for a line break in the table
    ClsJsonException text = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().readTree(json));
    ClsJsonException bytes = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().readTree(json.getBytes(StandardCharsets.UTF_8)));
    ClsJsonException read = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(json));
    for (ClsJsonException e : List.of(text, bytes, read)) {
      assertEquals(JsonProblem.DUPLICATE_PROPERTY, e.problem(), e.getMessage());
      assertEquals(pointer, e.pointer(), e.getMessage());
      assertEquals(line, e.line(), e.getMessage());
    }
    for (ClsJsonException e : List.of(text, bytes)) {
      assertEquals(column, e.column(), e.getMessage());
    }
  }

  // Found by fuzzing (cls-testkit, ClsJsonFuzzTest): a short number whose exponent no BigDecimal
  // can hold escaped from readTree, and so from the validator, as a NumberFormatException.
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "44e3560000000|''",
      "{\"extensions\":{\"x\":[1E-2147483649]}}|/extensions/x/0",
      "{\"a\":-7e99999999999}|/a"})
  void numberBeyondBigDecimal_isALocatedLimitError(String input, String pointer) {
    ClsJsonException t = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().readTree(input));
    assertEquals(JsonProblem.LIMIT_EXCEEDED, t.problem(), t.getMessage());
    assertEquals(pointer, t.pointer(), t.getMessage());
    assertTrue(t.line() >= 1, t.getMessage());
    assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(input));
    assertThrows(ClsJsonException.class, () -> ClsJson.defaults().readTree(input.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBytes")
  void nonUtf8Bytes_giveEncodingOrSyntaxError(String label, byte[] input) {
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(input));
    assertTrue(e.problem() == JsonProblem.ENCODING || e.problem() == JsonProblem.SYNTAX, e.getMessage());
    assertTrue(e.line() >= 1, e.getMessage());
  }

  static Stream<Arguments> badBytes() {
    byte[] latin1 = doc(",\"description\":\"é\"").getBytes(StandardCharsets.ISO_8859_1);
    byte[] binary = new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80, (byte) 0xc3};
    byte[] lone = ("{\"identifiant\":\"" + "\u00e9").getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(lone, lone.length - 1);
    return Stream.of(Arguments.of("latin-1 é", latin1), Arguments.of("binary", binary),
        Arguments.of("cut multi-byte", cut));
  }

  @org.junit.jupiter.api.Test
  void message_isReadableFrenchAndEnglish() {
    ClsJsonException e = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read("{\n  \"identifiant\": \"x\",\n  \"intitulé\": \"z\"\n}"));
    assertEquals("/intitulé (ligne 3, colonne 16) : propriété inconnue : « intitulé » ne fait pas partie du format"
        + " (les données propres à un logiciel vont dans « extensions »)", e.getMessage());
    assertTrue(e.message(Locale.ENGLISH).startsWith("/intitulé (line 3, column 16): unknown property"),
        e.message(Locale.ENGLISH));
  }

  @org.junit.jupiter.api.Test
  void limits_areConfigurable() throws Exception {
    String big = doc(",\"description\":\"" + "a".repeat(50) + "\"");
    ClsJson strict = ClsJson.withLimits(JsonLimits.defaults().withMaxStringLength(49));
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> strict.read(big));
    assertEquals(JsonProblem.LIMIT_EXCEEDED, e.problem());
    ClsJson.withLimits(JsonLimits.defaults().withMaxStringLength(50)).read(big);
  }

  @org.junit.jupiter.api.Test
  void missingFile_isAnIoProblem() {
    ClsJsonException e = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(java.nio.file.Path.of("target/absent.json")));
    assertEquals(JsonProblem.IO, e.problem());
  }
}
