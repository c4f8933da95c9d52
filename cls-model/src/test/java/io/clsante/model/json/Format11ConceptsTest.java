package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Population;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concepts format 1.1 added for the structure of plans, imprecise dates, clauses and code
 * lists: each reads in a document declaring 1.1, and is refused in one declaring 1.0, at its
 * pointer, as the 1.0 schema refuses it; what 1.0 wrote still reads as before.
 */
class Format11ConceptsTest {
  private final ClsJson json = ClsJson.defaults();

  /** A document of the given version; {@code %s} receives the properties after the territory. */
  private static String document(String version, String territoire, String rest) {
    return "{\"formatVersion\":\"" + version + "\",\"identifiant\":\"x\",\"intitule\":\"y\",\"nature\":\"CLS\","
        + "\"statut\":\"SIGNE\"," + rest + "\"territoire\":{" + territoire + "}}";
  }

  private static final String AXE = "\"axes\":[{\"id\":\"axe-1\",\"numero\":1,\"intitule\":\"Axe\",%s"
      + "\"fiches\":[{\"id\":\"fa-1\",\"code\":\"FA 1\",\"intitule\":\"Fiche\",%s\"porteurs\":[\"a\"]}]}],";

  private static String axe(String axe, String fiche) {
    return String.format(AXE, axe, fiche);
  }

  /**
   * Each 1.1 concept: the properties it takes (as a part of a document), and the problem a
   * document declaring 1.0 gets: rule id, pointer, message key.
   */
  static Stream<Arguments> concepts() {
    return Stream.of(
        Arguments.of("strategic objective as an object",
            "", axe("\"objectifsStrategiques\":[{\"id\":\"os-1\",\"numero\":\"1.1\",\"intitule\":\"O\"}],", ""),
            "CLS-SCH-003", "/axes/0/objectifsStrategiques/0", "schema.type.since"),
        Arguments.of("fiche belonging to a strategic objective",
            "", axe("", "\"objectifStrategique\":\"os-1\","),
            "CLS-SCH-002", "/axes/0/fiches/0", "schema.additionalProperties.since"),
        Arguments.of("operational objectives under the general objective",
            "", axe("", "\"objectifsOperationnels\":[\"Tenir un stand\"],"),
            "CLS-SCH-002", "/axes/0/fiches/0", "schema.additionalProperties.since"),
        Arguments.of("fiche status to be discussed",
            "", axe("", "\"statut\":\"A_DISCUTER\","),
            "CLS-SCH-004", "/axes/0/fiches/0/statut", "schema.enum.since"),
        Arguments.of("theme of digital health",
            "", axe("", "\"thematiques\":[\"SANTE_NUMERIQUE\"],"),
            "CLS-SCH-004", "/axes/0/fiches/0/thematiques/0", "schema.enum.since"),
        Arguments.of("target public of health students",
            "", axe("", "\"publicsCibles\":[{\"type\":\"ETUDIANTS_SANTE\"}],"),
            "CLS-SCH-004", "/axes/0/fiches/0/publicsCibles/0/type", "schema.enum.since"),
        Arguments.of("numbering scheme of the fiches",
            "", "\"numerotationFiches\":\"CONTINUE\",",
            "CLS-SCH-002", "", "schema.additionalProperties.since"),
        Arguments.of("actor type PMI",
            "", "\"acteurs\":[{\"id\":\"a\",\"nom\":\"A\",\"type\":\"PMI\"}],",
            "CLS-SCH-004", "/acteurs/0/type", "schema.enum.since"),
        Arguments.of("approximate signature date",
            "", "\"signataires\":[{\"acteur\":\"a\",\"role\":\"SIGNATAIRE\",\"dateSignatureApprochee\":\"2025-06\"}],",
            "CLS-SCH-002", "/signataires/0", "schema.additionalProperties.since"),
        Arguments.of("event spanning years",
            "", "\"evenements\":[{\"type\":\"CONCERTATION\",\"date\":\"2023\",\"fin\":\"2025\"}],",
            "CLS-SCH-002", "/evenements/0", "schema.additionalProperties.since"),
        Arguments.of("period ending with the PRS",
            "", "\"periode\":{\"debut\":\"2023\",\"fin\":\"2028-10-31\",\"finPrs\":true},",
            "CLS-SCH-002", "/periode", "schema.additionalProperties.since"),
        Arguments.of("milestones of a calendar",
            "", "\"periode\":{\"debut\":\"2023\",\"jalons\":[{\"date\":\"2024-T2\",\"libelle\":\"Bilan\"}]},",
            "CLS-SCH-002", "/periode", "schema.additionalProperties.since"),
        Arguments.of("population without its year",
            "\"population\":{\"valeur\":19000}", "",
            "CLS-SCH-001", "/territoire/population", "schema.required.since"),
        Arguments.of("population of an EPCI",
            "\"epci\":[{\"siren\":\"200035756\",\"population\":{\"valeur\":12000,\"annee\":2021}}]", "",
            "CLS-SCH-002", "/territoire/epci/0", "schema.additionalProperties.since"),
        Arguments.of("meetings as needed",
            "", "\"gouvernance\":{\"instances\":[{\"id\":\"copil\",\"type\":\"COPIL\",\"frequence\":\"SELON_BESOINS\"}]},",
            "CLS-SCH-002", "/gouvernance/instances/0", "schema.additionalProperties.since"),
        Arguments.of("indicator without level",
            "", axe("", "\"indicateurs\":[{\"id\":\"i\",\"libelle\":\"I\",\"nature\":\"QUALITATIF\"}],"),
            "CLS-SCH-001", "/axes/0/fiches/0/indicateurs/0", "schema.required.since"),
        Arguments.of("clauses of the contract",
            "", "\"clauses\":{\"modification\":\"Par avenant.\",\"preavisResiliation\":{\"valeur\":3,"
                + "\"unite\":\"MOIS\"},\"evaluation\":{\"frequence\":\"ANNUELLE\",\"parAction\":true,"
                + "\"finale\":true,\"echeanceFinale\":\"2029\"}},",
            "CLS-SCH-002", "", "schema.additionalProperties.since"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concepts")
  void concept_readsIn11_andIsRefusedIn10AtItsPointer(String label, String territoire, String rest, String ruleId,
      String pointer, String key) throws Exception {
    String v11 = document("1.1", territoire, rest);
    JsonReading reading = json.check(v11);
    assertEquals(List.of(), reading.problems(), label);
    ContratLocalDeSante c = reading.contrat().orElseThrow();
    assertEquals(json.mapper().readValue(v11, ContratLocalDeSante.class), c);
    assertEquals(c, json.read(json.writeBytes(c)));

    List<StructuralProblem> problems = json.check(document("1.0", territoire, rest)).problems();
    assertEquals(1, problems.size(), () -> label + ": " + problems);
    StructuralProblem p = problems.get(0);
    assertEquals(List.of(ruleId, pointer, key), List.of(p.ruleId(), p.pointer(), p.messageKey()), label);
    assertTrue(p.message(java.util.Locale.FRENCH).contains("1.1"), p.message(java.util.Locale.FRENCH));
  }

  /** Format 1.0 wrote a strategic objective as its title: it still reads, in 1.0 and in 1.1. */
  @ParameterizedTest(name = "formatVersion {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1.0", "1.1"})
  void strategicObjectiveAsTitle_readsAsAnObjectiveWithThatTitle(String version) throws Exception {
    String doc = document(version, "", axe("\"objectifsStrategiques\":[\"Réduire les délais\",\"\"],", ""));
    ContratLocalDeSante c = json.check(doc).contrat().orElseThrow();
    assertEquals(List.of(ObjectifStrategique.of("Réduire les délais"), ObjectifStrategique.of("")),
        c.axes().get(0).objectifsStrategiques());
    assertEquals(json.mapper().readValue(doc, ContratLocalDeSante.class), c);
  }

  /**
   * A strategic objective is written in its shortest form: the title alone as a string (as 1.0
   * wrote it, so a 1.0 document read and written again differs by its version alone), an object
   * whenever it has more than its title.
   */
  @Test
  void strategicObjective_writtenInItsShortestForm() throws Exception {
    String v10 = document("1.0", "", axe("\"objectifsStrategiques\":[\"Réduire les délais\"],", ""));
    ContratLocalDeSante c = json.read(v10);
    assertTrue(json.write(c).contains("\"objectifsStrategiques\": [\n        \"Réduire les délais\"\n"),
        json.write(c));
    assertEquals(List.of(), json.check(json.writeBytes(c)).problems());
    ContratLocalDeSante numbered = ContratLocalDeSante.builder().from(c).axes(List.of(Axe.builder()
        .from(c.axes().get(0)).objectifsStrategiques(List.of(ObjectifStrategique.builder().numero("1")
            .intitule("Réduire les délais").build())).build())).build();
    assertTrue(json.write(numbered).contains("{\n          \"numero\": \"1\",\n          \"intitule\": \"Réduire les délais\"\n        }"),
        json.write(numbered));
    assertEquals(numbered.toCurrentVersion(), json.read(json.write(numbered)));
  }

  /** What 1.0 required and 1.1 made optional still reads as before when given. */
  @Test
  void populationWithItsYear_readsAsBefore() {
    ContratLocalDeSante c = json.check(document("1.0", "\"population\":{\"valeur\":19000,\"annee\":2021}", ""))
        .contrat().orElseThrow();
    assertEquals(Population.of(19000, 2021), c.territoire().population().orElseThrow());
  }

  /** A strategic objective in object form keeps the checks of its properties. */
  @Test
  void strategicObjective_numberTooLong_isRefused() {
    List<StructuralProblem> problems = json.check(document("1.1", "",
        axe("\"objectifsStrategiques\":[{\"numero\":\"123456789012345678901\",\"intitule\":\"O\"}],", "")))
        .problems();
    assertEquals(List.of("CLS-SCH-009@/axes/0/objectifsStrategiques/0/numero"),
        problems.stream().map(p -> p.ruleId() + "@" + p.pointer()).toList());
  }
}
