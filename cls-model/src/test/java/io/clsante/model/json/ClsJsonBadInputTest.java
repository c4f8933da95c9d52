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
        Arguments.of("unknown property", doc(",\"intitulé\":\"z\""), "CLS-SCH-002", ""),
        Arguments.of("unknown nested property", doc(",\"acteurs\":[{\"id\":\"a\",\"nom\":\"A\",\"type\":\"ARS\",\"x\":1}]"),
            "CLS-SCH-002", "/acteurs/0"),
        Arguments.of("wrong type: number for string", doc(",\"description\":5"), "CLS-SCH-003", "/description"),
        Arguments.of("wrong type: string for integer", doc(",\"generation\":\"2\""), "CLS-SCH-003", "/generation"),
        Arguments.of("wrong type: float for integer", doc(",\"generation\":2.5"), "CLS-SCH-003", "/generation"),
        Arguments.of("integer written 2.0", doc(",\"generation\":2.0"), "CLS-JSON-007", "/generation"),
        Arguments.of("wrong type: object for list", doc(",\"acteurs\":{}"), "CLS-SCH-003", "/acteurs"),
        Arguments.of("wrong type: string for boolean",
            doc(",\"periode\":{\"debut\":\"2025\",\"pasAvant\":\"true\"}"), "CLS-SCH-003", "/periode/pasAvant"),
        Arguments.of("root is an array", "[]", "CLS-SCH-003", ""),
        Arguments.of("duplicate key", "{\"identifiant\":\"x\",\"identifiant\":\"y\"}", "CLS-JSON-004", "/identifiant"),
        Arguments.of("missing required", "{\"formatVersion\":\"1.0\",\"identifiant\":\"x\",\"nature\":\"CLS\",\"statut\":\"SIGNE\",\"territoire\":{}}",
            "CLS-SCH-001", ""),
        Arguments.of("missing nested required", doc(",\"axes\":[{\"id\":\"a\",\"numero\":1}]"), "CLS-SCH-001", "/axes/0"),
        Arguments.of("null value", doc(",\"description\":null"), "CLS-SCH-003", "/description"),
        Arguments.of("null list", doc(",\"acteurs\":null"), "CLS-SCH-003", "/acteurs"),
        Arguments.of("impossible date", doc(",\"avenants\":[{\"numero\":1,\"date\":\"2025-02-30\",\"objet\":\"o\"}]"),
            "CLS-SCH-005", "/avenants/0/date"),
        Arguments.of("date with a time", doc(",\"avenants\":[{\"numero\":1,\"date\":\"2025-01-01T10:00:00Z\",\"objet\":\"o\"}]"),
            "CLS-SCH-005", "/avenants/0/date"),
        Arguments.of("date with a space", doc(",\"avenants\":[{\"numero\":1,\"date\":\" 2025-02-01\",\"objet\":\"o\"}]"),
            "CLS-SCH-005", "/avenants/0/date"),
        Arguments.of("date with an extended year", doc(",\"avenants\":[{\"numero\":1,\"date\":\"+12025-01-01\",\"objet\":\"o\"}]"),
            "CLS-SCH-005", "/avenants/0/date"),
        Arguments.of("date as a number", doc(",\"avenants\":[{\"numero\":1,\"date\":20250101,\"objet\":\"o\"}]"),
            "CLS-SCH-003", "/avenants/0/date"),
        Arguments.of("malformed calendar date", doc(",\"periode\":{\"debut\":\"2025-T5\"}"), "CLS-SCH-005", "/periode/debut"),
        Arguments.of("unknown code", doc(",\"generation\":1,\"nature\":\"CLX\"").replace("\"nature\":\"CLS\",", ""),
            "CLS-SCH-004", "/nature"),
        Arguments.of("bad SIREN checksum", doc(",\"acteurs\":[{\"id\":\"a\",\"nom\":\"A\",\"type\":\"ARS\",\"siren\":\"200035757\"}]"),
            "CLS-JSON-008", "/acteurs/0/siren"),
        Arguments.of("unsupported format version", doc("").replace("\"1.0\"", "\"2.0\""), "CLS-SCH-004", "/formatVersion"),
        Arguments.of("NaN", doc(",\"coordination\":{\"etp\":NaN}"), "CLS-JSON-002", "/coordination/etp"),
        Arguments.of("400-digit number", doc(",\"coordination\":{\"etp\":" + "9".repeat(400) + "}"),
            "CLS-JSON-009", "/coordination/etp"),
        Arguments.of("exponent beyond BigDecimal, in an amount", doc(",\"coordination\":{\"etp\":1e3000000000}"),
            "CLS-JSON-009", "/coordination/etp"),
        Arguments.of("truncated input", doc("").substring(0, 40), "CLS-JSON-002", null),
        Arguments.of("trailing content", doc("") + " {}", "CLS-JSON-002", ""),
        Arguments.of("empty input", "", "CLS-JSON-001", ""),
        Arguments.of("white space only", "  \n ", "CLS-JSON-001", ""),
        Arguments.of("deep nesting", doc(",\"extensions\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(200)),
            "CLS-JSON-009", null),
        Arguments.of("not JSON", "bonjour", "CLS-JSON-002", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInput_givesLocatedError(String label, String input, String ruleId, String pointer) {
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(input));
    assertEquals(ruleId, e.ruleId(), e.getMessage());
    if (pointer != null) {
      assertEquals(pointer, e.pointer(), e.getMessage());
    }
    assertTrue(e.line() >= 1 || ruleId.equals("CLS-JSON-001"), "no line in " + e.getMessage());
    assertFalse(e.getMessage().isBlank());
    assertFalse(e.message(Locale.ENGLISH).isBlank());
    // check gives the same problem first, and no contract.
    JsonReading reading = ClsJson.defaults().check(input);
    assertEquals(e.problem(), reading.problems().get(0));
    assertTrue(reading.contrat().isEmpty());
    // The same input as bytes gives the same problem.
    ClsJsonException b = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(input.getBytes(StandardCharsets.UTF_8)));
    assertEquals(ruleId, b.ruleId(), b.getMessage());
    assertEquals(e.pointer(), b.pointer(), b.getMessage());
    // And as a stream: the problem of the document, not one of input-output.
    ClsJsonException s = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
    assertEquals(ruleId, s.ruleId(), s.getMessage());
    assertEquals(e.pointer(), s.pointer(), s.getMessage());
  }

  // The pass finds duplicates itself: the problem names the property at its pointer, on the line
  // and at the column where it appears again; it is the document's only problem.
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "at the root|{\"identifiant\":\"x\",\"identifiant\":\"y\"}|/identifiant|1|20",
      "in a nested object|{\"periode\":{\"debut\":\"2025\",\"fin\":\"2029\",\"debut\":\"2026\"}}|/periode/debut|1|41",
      "in an array element|{\"extensions\":{\"l\":[{\"id\":\"a\"},{\"id\":\"b\",\"id\":\"c\"}]}}|/extensions/l/1/id|1|42",
      "on another line|{~  \"nature\": \"CLS\",~    \"nature\": \"CLS\"~}|/nature|3|5",
      "same name in two objects, then twice in one|{\"extensions\":{\"a\":{\"x\":1},\"b\":{\"x\":1,\"y\":2,\"x\":3}}}|/extensions/b/x|1|45",
      "an unknown property twice|{\"inconnue\":1,\"inconnue\":2}|/inconnue|1|15",
      "in a value of the wrong type|{\"intitule\":{\"a\":1,\"a\":2}}|/intitule/a|1|20"})
  void duplicateProperty_locatedAtItsSecondOccurrence(String label, String input, String pointer, int line, int column) {
    String json = input.replace("~", "\n"); // ~ stands for a line break in the table
    ClsJsonException text = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(json));
    ClsJsonException bytes = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(json.getBytes(StandardCharsets.UTF_8)));
    for (ClsJsonException e : List.of(text, bytes)) {
      assertEquals("CLS-JSON-004", e.ruleId(), e.getMessage());
      assertEquals(pointer, e.pointer(), e.getMessage());
      assertEquals(line, e.line(), e.getMessage());
      assertEquals(column, e.column(), e.getMessage());
    }
    assertEquals(List.of(text.problem()), ClsJson.defaults().check(json).problems());
  }

  // Found by fuzzing (cls-testkit, ClsJsonFuzzTest): a short number whose exponent no BigDecimal
  // can hold once escaped from the reader, and so from the validator, as a NumberFormatException.
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "44e3560000000|''",
      "{\"extensions\":{\"x\":[1E-2147483649]}}|/extensions/x/0",
      "{\"a\":-7e99999999999}|/a"})
  void numberBeyondBigDecimal_isALocatedLimitError(String input, String pointer) {
    ClsJsonException text = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(input));
    ClsJsonException bytes = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(input.getBytes(StandardCharsets.UTF_8)));
    for (ClsJsonException e : List.of(text, bytes)) {
      assertEquals("CLS-JSON-009", e.ruleId(), e.getMessage());
      assertEquals("json.limit.numberRange", e.messageKey(), e.getMessage());
      assertEquals(pointer, e.pointer(), e.getMessage());
      assertTrue(e.line() >= 1, e.getMessage());
    }
    // A problem of reading is the document's only one, even after a type problem of the same value.
    assertEquals(List.of(text.problem()), ClsJson.defaults().check(input).problems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBytes")
  void nonUtf8Bytes_giveEncodingError(String label, byte[] input, String expected) {
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(input));
    assertEquals(expected, e.ruleId(), e.getMessage());
    assertTrue(e.line() >= 1, e.getMessage());
  }

  static Stream<Arguments> badBytes() {
    byte[] latin1 = doc(",\"description\":\"é\"").getBytes(StandardCharsets.ISO_8859_1);
    byte[] binary = new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80, (byte) 0xc3};
    byte[] lone = ("{\"identifiant\":\"" + "\u00e9").getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(lone, lone.length - 1);
    byte[] badAfterSyntax = "{\"a\" 1, \"b\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    // A byte order of UCS-4 the parser refuses as soon as it is opened (found by the fuzzer).
    byte[] weirdUcs4 = {0, 0, '#', 0, 6, (byte) 0xfb, (byte) 0xff, 0, 0, (byte) 0xfd, (byte) 0xfe, 0, 0, 0, '3', '5'};
    return Stream.of(Arguments.of("latin-1 é", latin1, "CLS-JSON-003"), Arguments.of("binary", binary, "CLS-JSON-003"),
        Arguments.of("unknown UCS-4 byte order", weirdUcs4, "CLS-JSON-003"),
        Arguments.of("cut multi-byte", cut, "CLS-JSON-003"),
        // A syntax error before the first byte that is not UTF-8 is the problem.
        Arguments.of("syntax error, then latin-1", badAfterSyntax, "CLS-JSON-002"));
  }

  @org.junit.jupiter.api.Test
  void message_isReadableFrenchAndEnglish() {
    ClsJsonException e = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read("{\n  \"identifiant\": \"x\",\n  \"intitulé\": \"z\"\n}"));
    assertEquals("/ (ligne 1, colonne 1) : propriété « intitulé » inconnue : elle ne fait pas partie du format"
        + " (les données propres à un logiciel vont dans « extensions »)", e.getMessage());
    assertEquals("/ (line 1, column 1): unknown property \"intitulé\": it is not part of the format"
        + " (vendor data goes under \"extensions\")", e.message(Locale.ENGLISH));
    assertEquals("schema.additionalProperties", e.messageKey());
    assertEquals(List.of("intitulé"), e.arguments());
  }

  @org.junit.jupiter.api.Test
  void limits_areConfigurable() throws Exception {
    String big = doc(",\"description\":\"" + "a".repeat(50) + "\"");
    ClsJson strict = ClsJson.withLimits(JsonLimits.defaults().withMaxStringLength(49));
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> strict.read(big));
    assertEquals("CLS-JSON-009", e.ruleId());
    assertEquals(List.of(49L), e.arguments());
    ClsJson.withLimits(JsonLimits.defaults().withMaxStringLength(50)).read(big);
  }

  @org.junit.jupiter.api.Test
  void missingFile_isAnIoProblem() {
    ClsJsonException e = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(java.nio.file.Path.of("target/absent.json")));
    assertEquals(JsonProblem.IO.ruleId(), e.ruleId());
    assertEquals("json.io.notFound", e.messageKey());
  }
}
