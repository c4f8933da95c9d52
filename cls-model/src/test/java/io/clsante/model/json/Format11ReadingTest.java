package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.EntiteCls;
import io.clsante.model.FicheAction;
import io.clsante.model.Intervenant;
import io.clsante.model.RoleIntervenant;
import io.clsante.model.StatutFinancement;
import io.clsante.model.TypeDispositif;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What format 1.1 added for operations, intervenants and money: a 1.1 document reads it; the same
 * in a document declaring 1.0 is refused as the 1.0 schema refuses it, located, with a message that
 * names the version; a 1.0 document reads as before.
 */
class Format11ReadingTest {
  private static final String FICHE = "/axes/0/fiches/0";
  private final ClsJson json = ClsJson.defaults();

  /** A small document: {@code %1$s} the version, {@code %2$s} more of the contract, {@code %3$s} more of its fiche. */
  private static String document(String version, String contrat, String fiche) {
    return String.format("{\"formatVersion\":\"%s\",\"identifiant\":\"cls-test\",\"intitule\":\"Test\","
        + "\"nature\":\"CLS\",\"statut\":\"SIGNE\",\"territoire\":{\"libelle\":\"Test\"},"
        + "\"acteurs\":[{\"id\":\"a\",\"nom\":\"A\",\"type\":\"ARS\"}]%s,"
        + "\"axes\":[{\"id\":\"axe-1\",\"numero\":1,\"intitule\":\"Axe\",\"fiches\":[{\"id\":\"f\",\"code\":\"FA 1.1\","
        + "\"intitule\":\"F\"%s}]}]}", version, contrat, fiche);
  }

  private static String operation(String more) {
    return ",\"operations\":[{\"id\":\"o\",\"intitule\":\"O\"," + more + "}]";
  }

  private static String financement(String more) {
    return ",\"financements\":[{\"financeur\":\"a\"," + more + "}]";
  }

  static Stream<Arguments> concepts() {
    String op = FICHE + "/operations/0";
    String fin = FICHE + "/financements/0";
    return Stream.of(
        row("operation's lead actors", "", operation("\"porteurs\":[\"a\"]"), "CLS-SCH-002@" + op),
        row("operation's partners", "", operation("\"partenaires\":[\"a\"]"), "CLS-SCH-002@" + op),
        row("operation's publics", "", operation("\"publicsCibles\":[{\"type\":\"JEUNES\"}]"), "CLS-SCH-002@" + op),
        row("operation's sector", "", operation("\"secteur\":{\"toutLeTerritoire\":true}"), "CLS-SCH-002@" + op),
        row("operation's fundings", "", operation("\"financements\":[{\"statut\":\"A_DEFINIR\"}]"),
            "CLS-SCH-002@" + op),
        row("operation's indicators", "", operation("\"indicateurs\":[{\"id\":\"i\",\"libelle\":\"I\","
            + "\"niveau\":\"PROCESSUS\",\"nature\":\"QUALITATIF\"}]"), "CLS-SCH-002@" + op),
        row("operation's expected results", "", operation("\"resultatsAttendus\":[\"R\"]"), "CLS-SCH-002@" + op),
        row("operation's extensions", "", operation("\"extensions\":{\"x\":1}"), "CLS-SCH-002@" + op),
        row("sector beyond the territory", "", ",\"secteur\":{\"libelle\":\"Salon\",\"horsTerritoire\":true}",
            "CLS-SCH-002@" + FICHE + "/secteur"),
        row("indicator of an operation", "", operation("\"statut\":\"EN_COURS\"") + ",\"indicateurs\":[{\"id\":\"i\","
            + "\"libelle\":\"I\",\"niveau\":\"PROCESSUS\",\"nature\":\"QUALITATIF\",\"operation\":\"o\"}]",
            "CLS-SCH-002@" + FICHE + "/indicateurs/0"),
        row("lead actor as an object", "", ",\"porteurs\":[{\"acteur\":\"a\",\"role\":\"PILOTE\"}]",
            "CLS-SCH-003@" + FICHE + "/porteurs/0"),
        row("partner as a category", "", ",\"partenaires\":[\"a\",{\"libelle\":\"CCAS, CH, CSAPA…\"}]",
            "CLS-SCH-003@" + FICHE + "/partenaires/1"),
        row("funder as the coordination", "", ",\"financements\":[{\"financeur\":{\"cls\":\"COORDINATION\"},"
            + "\"statut\":\"A_DEFINIR\"}]", "CLS-SCH-003@" + fin + "/financeur"),
        row("funder named without amount", "", financement("\"statut\":\"FINANCEUR_IDENTIFIE\""),
            "CLS-SCH-004@" + fin + "/statut"),
        row("alternative funders", "", financement("\"financeursAlternatifs\":[\"a\"],\"statut\":\"A_DEFINIR\""),
            "CLS-SCH-002@" + fin),
        row("own funds", "", financement("\"fondsPropres\":true,\"statut\":\"A_DEFINIR\""), "CLS-SCH-002@" + fin),
        row("instrument", "", financement("\"dispositif\":{\"type\":\"FIR\"},\"statut\":\"A_DEFINIR\""),
            "CLS-SCH-002@" + fin),
        row("range without value", "", financement("\"statut\":\"ACQUIS\",\"montant\":{\"minimum\":8000,"
            + "\"maximum\":10000}"), "CLS-SCH-002@" + fin + "/montant", "CLS-SCH-002@" + fin + "/montant",
            "CLS-SCH-001@" + fin + "/montant"),
        row("unit in words", "", financement("\"statut\":\"ACQUIS\",\"montant\":{\"valeur\":1,"
            + "\"uniteLibelle\":\"par an et par poste\"}"), "CLS-SCH-002@" + fin + "/montant"),
        row("co-funder without share", ",\"coordination\":{\"cofinancements\":[{\"financeur\":\"a\"}]}", "",
            "CLS-SCH-001@/coordination/cofinancements/0"));
  }

  /** A concept: where it goes, and what a 1.0 document using it gets ({@code ruleId@pointer}). */
  private static Arguments row(String label, String contrat, String fiche, String... problems) {
    return Arguments.of(label, contrat, fiche, List.of(problems));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concepts")
  void in11_reads(String label, String contrat, String fiche, List<String> in10) {
    JsonReading reading = json.check(document("1.1", contrat, fiche));
    assertEquals(List.of(), reading.problems());
    assertTrue(reading.contrat().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("concepts")
  void in10_isRefusedAsThe10SchemaDoes(String label, String contrat, String fiche, List<String> in10) {
    List<StructuralProblem> problems = json.check(document("1.0", contrat, fiche)).problems();
    assertEquals(in10, problems.stream().map(p -> p.ruleId() + "@" + p.pointer()).toList());
    problems.forEach(p -> assertTrue(p.message(Locale.FRENCH).contains("1.1"), p.message(Locale.FRENCH)));
  }

  @Test
  void in10_actorIdsStillRead_asIntervenants() throws Exception {
    ContratLocalDeSante c = json.read(document("1.0", "", ",\"porteurs\":[\"a\"],\"partenaires\":[\"a\"],"
        + "\"financements\":[{\"financeur\":\"a\",\"statut\":\"ACQUIS\",\"montant\":{\"valeur\":1500}}]"));
    FicheAction f = c.axes().get(0).fiches().get(0);
    assertEquals(List.of(Intervenant.of("a")), f.porteurs());
    assertEquals(List.of(Intervenant.of("a")), f.partenaires());
    assertEquals(Optional.of(Intervenant.of("a")), f.financements().get(0).financeur());
    assertEquals(Optional.of(new BigDecimal("1500")), f.financements().get(0).montant().orElseThrow().valeur());
  }

  @Test
  void in11_objectsRead_andAreWrittenBack() throws Exception {
    String doc = document("1.1", "", ",\"porteurs\":[\"a\",{\"acteur\":\"a\",\"role\":\"PILOTE\",\"service\":\"S\"},"
        + "{\"cls\":\"COORDINATION\"}],\"financements\":[{\"financeur\":{\"libelle\":\"les communes\"},"
        + "\"fondsPropres\":true,\"dispositif\":{\"type\":\"FIR\"},\"statut\":\"FINANCEUR_IDENTIFIE\"}]");
    ContratLocalDeSante c = json.read(doc);
    FicheAction f = c.axes().get(0).fiches().get(0);
    assertEquals(List.of(Intervenant.of("a"),
        Intervenant.builder().acteur("a").role(RoleIntervenant.PILOTE).service("S").build(),
        Intervenant.builder().cls(EntiteCls.COORDINATION).build()), f.porteurs());
    assertEquals(StatutFinancement.FINANCEUR_IDENTIFIE, f.financements().get(0).statut());
    assertEquals(TypeDispositif.FIR, f.financements().get(0).dispositif().orElseThrow().type());
    String written = json.write(c);
    // An intervenant that is only an actor is written as the actor's id, the others as objects.
    assertTrue(written.contains("\"porteurs\": [\n            \"a\",\n            {\n              \"acteur\": \"a\","),
        written);
    assertEquals(c, json.read(written));
  }
}
