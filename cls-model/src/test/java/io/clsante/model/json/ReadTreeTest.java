package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ClsJson#readTree(byte[])}: any JSON value, read whole, with the reading checks of a
 * contract's document and none of the format's.
 */
class ReadTreeTest {
  private final ClsJson json = ClsJson.defaults();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void referenceExample_readAsJacksonReadsIt() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../examples/concepts/tous-les-concepts.json"));
    assertEquals(json.mapper().readTree(bytes), json.readTree(bytes));
  }

  @Test
  void treeCheckedAsAContract_sameContractAsItsText() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../examples/concepts/tous-les-concepts.json"));
    ObjectNode tree = (ObjectNode) json.readTree(bytes);
    assertEquals(json.check(bytes).contrat().orElseThrow(), json.check(tree).contrat().orElseThrow());
    tree.remove("intitule");
    tree.put("statut", "PAS_UN_STATUT");
    assertEquals(List.of("CLS-SCH-001@", "CLS-SCH-004@/statut"),
        json.check(tree).problems().stream().map(p -> p.ruleId() + "@" + p.pointer()).sorted().toList());
  }

  @Test
  void partOfAContract_noCheckOfTheFormat() throws Exception {
    JsonNode tree = json.readTree(utf8("{\"identifiant\": \"cls-x\", \"inconnue\": [1, 2.50, null, true]}"));
    assertEquals("cls-x", tree.get("identifiant").asString());
    assertEquals(new BigDecimal("2.50"), tree.get("inconnue").get(1).decimalValue());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "[1, 2]              | true",
    "\"texte\"           | false",
    "12                  | false",
  })
  void anyValue_atTheRoot(String text, boolean container) throws Exception {
    assertEquals(container, json.readTree(utf8(text)).isContainer());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "empty               | ''                              | CLS-JSON-001 |  | 1",
    "syntax              | '{\"a\": 1,\n \"b\" 2}'          | CLS-JSON-002 | /b | 2",
    "trailing            | '{} {}'                         | CLS-JSON-002 |  | 1",
    "duplicate           | '{\"a\": {\"b\": 1, \"b\": 2}}' | CLS-JSON-004 | /a/b | 1",
    "not UTF-8           | ''                              | CLS-JSON-003 |  | 1",
  })
  void badInput_locatedProblem(String cas, String text, String ruleId, String pointer, int line) {
    byte[] bytes = cas.equals("not UTF-8") ? new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'} : utf8(text);
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> json.readTree(bytes));
    assertEquals(ruleId, e.ruleId(), e.getMessage());
    assertEquals(pointer == null ? "" : pointer, e.pointer());
    assertEquals(line, e.line());
    assertFalse(e.message(Locale.ENGLISH).isBlank());
  }

  @Test
  void beyondTheLimits_refused() {
    ClsJson small = ClsJson.withLimits(JsonLimits.defaults().withMaxDocumentBytes(10));
    ClsJsonException e = assertThrows(ClsJsonException.class, () -> small.readTree(utf8("{\"a\": \"0123456789\"}")));
    assertEquals("CLS-JSON-009", e.ruleId());
    assertTrue(e.getMessage().contains("10"), e.getMessage());
  }
}
