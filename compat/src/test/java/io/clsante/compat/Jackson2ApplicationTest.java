package io.clsante.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.rules.ClsValidator;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import io.clsante.testkit.ReportAssertions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application built on Jackson 2 ({@code com.fasterxml.jackson.databind}, as on Spring Boot 3),
 * with its own {@code ObjectMapper} for its own types, beside the library, which reads and writes
 * contracts with Jackson 3 through {@link ClsJson}: both on one class path, each mapper doing its
 * own work, and a contract inside the application's documents going through {@code ClsJson}.
 */
class Jackson2ApplicationTest {

  /** The application's own mapper, with Jackson 2's defaults. */
  private static final ObjectMapper APPLICATION = new ObjectMapper();

  /**
   * The application's mapper set to keep numbers as written, for documents that carry a contract
   * through a {@code JsonNode}: with the defaults, {@code 14000.00} becomes the double
   * {@code 14000.0} and the amount loses its scale.
   */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** A type of the application, written and read by its own mapper. */
  record DemandeDeSubvention(String dossier, String contrat, String fiche, BigDecimal montant, List<String> pieces) {}

  /** An application document that carries a contract as the library writes it. */
  record Depot(String dossier, @JsonRawValue String contrat) {}

  /** A contract whose amounts have two decimals ({@code 14000.00}), generated once. */
  private static final ContratLocalDeSante GENERE = ContratGenerator.standard().generate(20261122L, 4);

  static List<String> noms() {
    return ContratsDeReference.noms();
  }

  @Test
  void bothJacksons_areOnTheClassPath_withTheAnnotationsTheyShare() throws Exception {
    // compat/pom.xml runs this class with the application on Jackson 2.21, then on 2.19.
    String application = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    assertEquals(System.getProperty("cls.compat.jackson2", application), application);
    assertEquals(application, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    assertEquals(3, tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion());
    // One jackson-annotations for both, the one Jackson 3.1 needs (2.21, which added JsonSerializeAs).
    String annotations = Path.of(JsonRawValue.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getFileName().toString();
    assertEquals("jackson-annotations-2.21.jar", annotations);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noms")
  void eachMapper_readsAndWritesItsOwnTypes(String nom) throws Exception {
    byte[] json = ContratsDeReference.json(nom);
    ContratLocalDeSante contrat = ClsJson.defaults().read(json);
    String fiche = contrat.axes().stream().flatMap(a -> a.fiches().stream()).map(FicheAction::code)
        .findFirst().orElse("aucune");
    DemandeDeSubvention demande = new DemandeDeSubvention("D-2026-0042", contrat.identifiant(), fiche,
        new BigDecimal("12500.00"), List.of("budget.pdf", "deliberation.pdf"));

    String ecrite = APPLICATION.writeValueAsString(demande);
    assertEquals(demande, APPLICATION.readValue(ecrite, DemandeDeSubvention.class));
    assertTrue(ecrite.contains("\"montant\":12500.00"), ecrite);
    assertArrayEquals(json, ClsJson.defaults().writeBytes(contrat), "ClsJson writes the contract canonically");
  }

  @Test
  void aContractInsideAnApplicationDocument_goesThroughClsJson() throws Exception {
    ContratLocalDeSante contrat = GENERE;
    String depot = APPLICATION.writeValueAsString(new Depot("D-2026-0043", ClsJson.defaults().write(contrat)));

    JsonNode lu = EXACT.readTree(depot);
    assertEquals("D-2026-0043", lu.get("dossier").asText());
    byte[] json = EXACT.writeValueAsBytes(lu.get("contrat"));
    assertEquals(contrat, ClsJson.defaults().read(json));
    ReportAssertions.assertNoError(
        ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build().validate("dépôt", json));

    // The format stays strict through ClsJson, whatever the application's mapper lets through.
    ((ObjectNode) lu.get("contrat")).put("intitulé", "faute de frappe");
    ClsJsonException refus = assertThrows(ClsJsonException.class,
        () -> ClsJson.defaults().read(EXACT.writeValueAsBytes(lu.get("contrat"))));
    assertEquals("additionalProperties", refus.problem().keyword());
    assertEquals(List.of("intitulé"), refus.problem().arguments(), refus::getMessage);
  }

  @Test
  void throughATreeOfJackson2sDefaults_amountsLoseTheirScale() throws Exception {
    // Why EXACT: the generated contract has amounts such as 14000.00, which Jackson 2's default
    // tree turns into doubles; ClsJson reads them, but as other numbers (14000.0).
    ContratLocalDeSante contrat = GENERE;
    JsonNode lu = APPLICATION.readTree(ClsJson.defaults().write(contrat));
    assertNotEquals(contrat, ClsJson.defaults().read(APPLICATION.writeValueAsBytes(lu)));
    assertEquals(contrat, ClsJson.defaults().read(EXACT.writeValueAsBytes(EXACT.readTree(ClsJson.defaults().write(contrat)))));
  }

  @Test
  void theApplicationMapper_doesNotBindTheModel_soContractsGoThroughClsJson() {
    // The model's binding is Jackson 3's; Jackson 2 sees only an abstract type. This is why an
    // application reads and writes contracts with ClsJson (or a converter built on it).
    assertThrows(InvalidDefinitionException.class, () -> APPLICATION.readValue(
        ContratsDeReference.json(ContratsDeReference.noms().get(0)), ContratLocalDeSante.class));
  }
}
