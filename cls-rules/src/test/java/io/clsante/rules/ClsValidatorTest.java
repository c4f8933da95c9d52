package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.spi.BundleRule;
import io.clsante.rules.spi.RuleContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one-call validator: every stage, located findings, no exception for bad input. */
class ClsValidatorTest {
  static final ClsValidator VALIDATOR = ClsValidator.builder().referenceDate(RuleHarness.TODAY).build();

  static String base() throws IOException {
    try (InputStream in = RuleHarness.class.getResourceAsStream("internal/valide.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void validBaseContract_hasNoFinding() throws IOException {
    Report r = VALIDATOR.validate("contrat-valide.json", base());
    assertEquals(List.of(), r.findings(), r.toString());
    assertTrue(r.isValid());
  }

  /**
   * The model's all-concepts document, with a territory that exists in the COG: every concept
   * present, no ERROR, and exactly the personal-data notices its contact calls for.
   */
  @Test
  void allConceptsDocument_hasNoError_andFlagsItsPersonalData() throws IOException {
    try (InputStream in = RuleHarness.class.getResourceAsStream("tous-concepts-valide.json")) {
      Report r = VALIDATOR.validate("tous-concepts-valide.json", in);
      assertTrue(r.isValid(), r.toString());
      assertEquals(List.of("INFO CLS-RGPD-001 /coordination/contact/nom",
          "INFO CLS-RGPD-001 /coordination/contact/courriel", "INFO CLS-RGPD-001 /coordination/contact/telephone"),
          r.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.pointer()).toList(), r.toString());
    }
  }

  /** Broken documents: what is changed in the base text, and the rule ids and pointers expected. */
  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        Arguments.of("not JSON", "bonjour", null, List.of("CLS-JSON-002 ")),
        Arguments.of("empty", "", null, List.of("CLS-JSON-001 ")),
        Arguments.of("duplicate key", "{\"identifiant\": \"a\", \"identifiant\": \"b\"}", null,
            List.of("CLS-JSON-004 /identifiant")),
        Arguments.of("unknown property", "\"nature\": \"CLS\"", "\"nature\": \"CLS\", \"natur\": \"CLS\"",
            List.of("CLS-SCH-002 ")),
        Arguments.of("missing title", "\"intitule\": \"Contrat local de santé du Val de Gers 2025-2029 (fictif, pour les tests)\",", "",
            List.of("CLS-SCH-001 ")),
        Arguments.of("bad SIREN check digit", "\"siren\": \"200072320\"}", "\"siren\": \"200072321\"}",
            List.of("CLS-JSON-008 /acteurs/1/siren")),
        Arguments.of("ARS removed from signatories",
            "{\"acteur\": \"ars-occitanie\", \"role\": \"SIGNATAIRE\", \"qualite\": \"Directeur général\", \"dateSignature\": \"2025-11-13\"},", "",
            List.of("CLS-SIG-001 /signataires")),
        Arguments.of("unknown porteur", "\"porteurs\": [\"asso-sante\"]", "\"porteurs\": [\"asso-inconnue\"]",
            List.of("CLS-REF-002 /axes/1/fiches/0/porteurs/0")),
        Arguments.of("blank fiche title (a constraint the schema leaves to Bean Validation)",
            "\"intitule\": \"Premiers secours en santé mentale\"", "\"intitule\": \"   \"",
            List.of("CLS-SCH-005 /axes/1/fiches/0/intitule")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void brokenDocument_hasExactlyTheExpectedRules(String label, String find, String replace, List<String> expected)
      throws IOException {
    String input = replace == null ? find : base().replace(find, replace);
    if (replace != null) {
      assertFalse(input.equals(base()), "the change did not apply: " + find);
    }
    Report r = VALIDATOR.validate("doc.json", input);
    List<String> found = r.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.ruleId() + " " + f.pointer()).sorted().collect(Collectors.toList());
    assertEquals(expected, found, r.toString());
    assertFalse(r.isValid());
    r.findings().forEach(f -> assertTrue(f.line().isPresent(), "no line for " + f));
  }

  @Test
  void findings_renderInFrenchAndEnglish() throws IOException {
    String input = base().replace("\"porteurs\": [\"asso-sante\"]", "\"porteurs\": [\"asso-inconnue\"]");
    Finding fr = VALIDATOR.validate("doc.json", input).findings().get(0);
    assertTrue(fr.format(Locale.FRENCH).startsWith("ERREUR CLS-REF-002 /axes/1/fiches/0/porteurs/0 (ligne "),
        fr.format(Locale.FRENCH));
    Report en = ClsValidator.builder().locale(Locale.ENGLISH).referenceDate(RuleHarness.TODAY).build()
        .validate("doc.json", input);
    assertTrue(en.toJson().contains("no actor has the id"), en.toJson());
  }

  @Test
  void contractBuiltInCode_goesThroughTheStructuralPass_withoutLines() throws Exception {
    ContratLocalDeSante read = ClsJson.defaults().read(base());
    ContratLocalDeSante blank = ContratLocalDeSante.builder().from(read).intitule("  ").build();
    List<Finding> found = VALIDATOR.validate(blank).findings().stream()
        .filter(f -> f.ruleId().startsWith("CLS-SCH-")).collect(Collectors.toList());
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("CLS-SCH-005", f.ruleId());
    assertEquals("/intitule", f.pointer());
    assertEquals("schema.pattern.nonBlank", f.messageKey());
    assertFalse(f.line().isPresent(), f.toString());
    assertEquals("texte vide ou fait uniquement d'espaces", f.message(Locale.FRENCH));
    assertFalse(f.message(Locale.ENGLISH).isBlank());
  }

  @Test
  void preparedValidator_givesTheSameReports() throws IOException {
    ClsValidator prepared = ClsValidator.builder().referenceDate(RuleHarness.TODAY).build().prepare();
    String broken = base().replace("\"porteurs\": [\"asso-sante\"]", "\"porteurs\": [\"asso-inconnue\"]");
    for (String doc : List.of(base(), broken, "bonjour")) {
      assertEquals(VALIDATOR.validate("doc.json", doc).findings(), prepared.validate("doc.json", doc).findings());
    }
  }

  @Test
  void report_serialisesToJsonAndSarif() throws IOException {
    String input = base().replace("\"porteurs\": [\"asso-sante\"]", "\"porteurs\": [\"asso-inconnue\"]");
    Report r = VALIDATOR.validate("doc.json", input);
    JsonNode json = JsonMapper.builder().build().readTree(r.toJson());
    assertEquals("doc.json", json.get("source").asString());
    assertFalse(json.get("valid").asBoolean());
    JsonNode f = json.get("findings").get(0);
    assertEquals("CLS-REF-002", f.get("ruleId").asString());
    assertEquals("CLS-REF-002.message", f.get("messageKey").asString());
    assertEquals("[\"asso-inconnue\"]", f.get("arguments").toString());
    assertTrue(f.get("line").asInt() > 0);
    JsonNode sarif = JsonMapper.builder().build().readTree(r.toSarif());
    assertEquals("2.1.0", sarif.get("version").asString());
    JsonNode result = sarif.get("runs").get(0).get("results").get(0);
    assertEquals("error", result.get("level").asString());
    assertEquals("CLS-REF-002", sarif.get("runs").get(0).get("tool").get("driver").get("rules").get(0).get("id").asString());
    assertTrue(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() > 0);
  }

  @Test
  void reportJson_givesEachFindingsMessageKeyAndTypedArguments() throws IOException {
    String input = base().replace("\"part\": 40}", "\"part\": 30.5}")
        .replace("{\"financeur\": \"cd-gers\", \"statut\": \"A_DEFINIR\"}",
            "{\"financeur\": \"cd-gers\", \"statut\": \"A_DEFINIR\", \"montant\": {\"valeur\": 1000}}");
    JsonNode findings = JsonMapper.builder().build().readTree(VALIDATOR.validate("doc.json", input).toJson())
        .get("findings");
    JsonNode parts = find(findings, "CLS-FIN-004");
    assertEquals("CLS-FIN-004.message", parts.get("messageKey").asString());
    assertTrue(parts.get("arguments").get(0).isNumber(), parts.toString());
    assertEquals("90.5", parts.get("arguments").get(0).asString());
    JsonNode statut = find(findings, "CLS-FIN-002");
    assertEquals("[\"A_DEFINIR\",\"FA 1.1\",\"Conseil départemental du Gers\",\"CLS-FIN-002.avecMontant\",1000]",
        statut.get("arguments").toString());
    assertTrue(statut.get("message").asString().contains("au statut « À définir »"), statut.toString());
  }

  private static JsonNode find(JsonNode findings, String ruleId) {
    for (JsonNode f : findings) {
      if (f.get("ruleId").asString().equals(ruleId)) {
        return f;
      }
    }
    throw new AssertionError(ruleId + " not in " + findings);
  }

  @Test
  void hostileInputs_neverThrow() {
    byte[][] inputs = {
        new byte[0], {(byte) 0xff, (byte) 0xfe, 0}, "[".repeat(100_000).getBytes(StandardCharsets.UTF_8),
        "{\"a\":".repeat(5000).getBytes(StandardCharsets.UTF_8), "\"x\"".getBytes(StandardCharsets.UTF_8),
        "null".getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8),
        // Found by fuzzing: an exponent beyond BigDecimal escaped the parser as NumberFormatException.
        "44e3560000000".getBytes(StandardCharsets.UTF_8),
        "{\"coordination\":{\"etp\":1e3000000000}}".getBytes(StandardCharsets.UTF_8)};
    for (byte[] in : inputs) {
      Report r = VALIDATOR.validate(in);
      assertFalse(r.isValid(), r.toString());
      assertFalse(VALIDATOR.validate("s", new ByteArrayInputStream(in)).isValid());
    }
    assertEquals("CLS-JSON-010", VALIDATOR.validate(Path.of("absent.json")).findings().get(0).ruleId());
    assertEquals("CLS-JSON-010", VALIDATOR.validate(Path.of("target")).findings().get(0).ruleId());
  }

  @Test
  void occitanieProfile_tightensRules() throws IOException {
    String noIndicator = base().replaceFirst("\"indicateurs\": \\[\\s*\\{\"id\": \"ind-2-1-a\"[^\\]]*\\]\\}\\s*\\]", "\"statut\": \"A_VENIR\"");
    assertFalse(noIndicator.equals(base()));
    ClsValidator occitanie = ClsValidator.builder().profile(Profile.occitanie()).referenceDate(RuleHarness.TODAY).build();
    Report national = VALIDATOR.validate("doc.json", noIndicator);
    Report regional = occitanie.validate("doc.json", noIndicator);
    assertTrue(national.isValid(), national.toString());
    assertFalse(regional.isValid(), regional.toString());
    assertEquals(national.ruleIds(), regional.ruleIds());
  }

  static final class EveryFicheHasAPriority extends BundleRule {
    EveryFicheHasAPriority() {
      super("APP-001", Severity.WARNING, "io.clsante.rules.app-messages");
    }

    @Override
    public void check(RuleContext context) {
      context.contrat().axes().forEach(a -> a.fiches().forEach(f -> {
        if (f.priorite().isEmpty()) {
          context.report("/axes", f.code());
        }
      }));
    }
  }

  @Test
  void applicationRule_isAppliedAndListedInTheCatalog() throws IOException {
    ClsValidator v = ClsValidator.builder().addRule(new EveryFicheHasAPriority()).referenceDate(RuleHarness.TODAY).build();
    Report r = v.validate("doc.json", base());
    assertEquals(2, r.findings().stream().filter(f -> f.ruleId().equals("APP-001")).count(), r.toString());
    assertTrue(v.catalog().find("APP-001").isPresent());
    assertEquals("la fiche FA 1.1 n'a pas de priorité", r.findings().get(0).message(Locale.FRENCH));
  }

  @Test
  void serviceLoaderRules_areAppliedOnlyWhenDiscoveryIsAsked() throws IOException {
    assertTrue(VALIDATOR.catalog().find("APP-002").isEmpty());
    ClsValidator v = ClsValidator.builder().discoverRules().referenceDate(RuleHarness.TODAY).build();
    Report r = v.validate("doc.json", base());
    assertEquals(List.of("contrat cls-val-de-gers-2025 vu par une règle découverte"),
        r.findings().stream().filter(f -> f.ruleId().equals("APP-002")).map(f -> f.message(Locale.FRENCH)).toList());
  }

  @Test
  void sharedValidator_givesTheSameReportsFromEightThreads() throws Exception {
    String broken = base().replace("\"porteurs\": [\"asso-sante\"]", "\"porteurs\": [\"x\"]");
    String expected = VALIDATOR.validate("doc.json", broken).toJson();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> VALIDATOR.validate("doc.json", broken).toJson()));
      }
      for (Future<String> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
