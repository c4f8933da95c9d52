package io.clsante.spring.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.spring.ContratHttpMessageConverter;
import io.clsante.spring.ReportHttpMessageConverter;
import io.clsante.testkit.ContratsDeReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a real server, on a random port of the loopback interface: one Spring
 * context for every test of this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompatApplicationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String EXEMPLE = "cls-gorges-causses-cevennes";

  @Value("${local.server.port}")
  int port;

  @Autowired
  RequestMappingHandlerAdapter mvc;

  @Autowired
  Registre registre;

  @Autowired
  Validator validator;

  @Autowired
  ClsValidator clsValidator;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static List<String> exemples() {
    return ContratsDeReference.noms();
  }

  @ParameterizedTest
  @MethodSource("exemples")
  void aReferenceContract_roundTripsByteForByte_inTheCanonicalForm(String nom) {
    byte[] canonical = ClsJson.defaults().writeBytes(ContratsDeReference.contrat(nom));

    HttpResponse<byte[]> response = http.post("/contrats", canonical);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).startsWith("application/json");
    assertThat(Http.text(response)).isEqualTo(new String(canonical, StandardCharsets.UTF_8));
  }

  static Stream<Arguments> badDocuments() {
    String exemple = ContratsDeReference.texte(EXEMPLE);
    return Stream.of(
        Arguments.of("not JSON", "{", List.of(tuple("CLS-JSON-002", "", 1))),
        Arguments.of("an array", "[]", List.of(tuple("CLS-SCH-003", "", 1))),
        Arguments.of("an unknown property, which the application's mapper would ignore",
            exemple.replaceFirst("\\{", "{\"inconnu\": 1,"), List.of(tuple("CLS-SCH-002", "", 1))),
        Arguments.of("a misspelt property: two problems",
            exemple.replaceFirst("\"intitule\"", "\"intitul\""),
            List.of(tuple("CLS-SCH-002", "", 1), tuple("CLS-SCH-001", "", 1))),
        Arguments.of("a SIREN with a wrong check digit",
            exemple.replaceFirst("\"siren\": \"\\d+\"", "\"siren\": \"200069152\""),
            List.of(tuple("CLS-JSON-008", "/territoire/epci/0/siren", 107))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void aBadDocument_is400_withProblemDetailsListingEveryLocatedProblem(String why, String document, List<?> expected) {
    HttpResponse<byte[]> response = http.post("/contrats", document.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asString()).isEqualTo("Document CLS invalide");
    assertThat(problem.get("instance").asString()).isEqualTo("/contrats");
    List<JsonNode> findings = problem.get("findings").valueStream().toList();
    assertThat(findings)
        .extracting(f -> f.get("ruleId").asString(), f -> f.get("pointer").asString(), f -> f.get("line").asInt())
        .containsExactlyElementsOf(expected.stream().map(t -> (org.assertj.core.groups.Tuple) t).toList());
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.get("column").asInt()).isPositive();
      assertThat(f.get("message").asString()).isNotBlank();
    });
  }

  @Test
  void theProblemDetails_speakTheLanguageTheRequestAsksFor() {
    HttpResponse<byte[]> response = http.post("/contrats", "[]".getBytes(StandardCharsets.UTF_8),
        "Accept-Language", "en-GB,en;q=0.9");

    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asString()).isEqualTo("Invalid CLS document");
    assertThat(problem.get("detail").asString()).isEqualTo("The document has 1 structural problem: it is not read.");
    assertThat(problem.get("findings").get(0).get("message").asString())
        .isEqualTo(ClsJson.defaults().check("[]").problems().get(0).message(Locale.ENGLISH));
  }

  @Test
  void theContractConverter_comesBeforeTheApplicationsJacksonConverter() {
    List<HttpMessageConverter<?>> converters = mvc.getMessageConverters();
    HttpMessageConverter<?> reader = converters.stream()
        .filter(c -> c.canRead(ContratLocalDeSante.class, MediaType.APPLICATION_JSON)).findFirst().orElseThrow();
    assertThat(reader).isInstanceOf(ContratHttpMessageConverter.class);
    String jackson = System.getProperty("cls.compat.jackson-converter");
    assertThat(converters).extracting(c -> c.getClass().getSimpleName()).contains(jackson);
    assertThat(converters.indexOf(reader)).isLessThan(converters.stream()
        .map(c -> c.getClass().getSimpleName()).toList().indexOf(jackson));
  }

  @Test
  void theApplicationsMapper_stillWritesEverythingElse_withItsOwnSettings() {
    String infos = Http.text(http.get("/infos"));
    // Indented by the application's mapper (spring.jackson.serialization.indent-output=true)...
    assertThat(infos).contains("\n").contains("\"application\"");
    // ...which never touches a contract: the contract is written in the canonical form, whose
    // indentation differs ("key": value with two spaces, no space before the colon).
    byte[] canonical = ClsJson.defaults().writeBytes(ContratsDeReference.contrat(EXEMPLE));
    assertThat(http.post("/contrats", canonical).body()).isEqualTo(canonical);
  }

  @Test
  void validAnnotation_seesTheModelsConstraints() {
    ContratLocalDeSante invalide = ContratLocalDeSante.builder().from(ContratsDeReference.contrat(EXEMPLE))
        .intitule(" ").identifiant("cls 2026").build();

    assertThat(paths(validator.validate(invalide))).containsExactlyInAnyOrder("intitule", "identifiant");
    assertThatThrownBy(() -> registre.enregistrer(invalide))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
            assertThat(paths(e.getConstraintViolations()))
                .containsExactlyInAnyOrder("enregistrer.contrat.intitule", "enregistrer.contrat.identifiant"));
    assertThat(registre.enregistrer(ContratsDeReference.contrat(EXEMPLE))).isNotNull();
  }

  @Test
  void theApplicationsOwnBeans_areValidatedAsBefore() {
    assertThat(paths(validator.validate(new Commune(" ")))).containsExactly("nom");
    assertThat(validator.validate(new Commune("Florac Trois Rivières"))).isEmpty();
  }

  @Test
  void theSharedValidator_followsTheApplicationsProperties() {
    assertThat(clsValidator.profile().id()).isEqualTo("occitanie");
    assertThat(clsValidator.locale()).isEqualTo(Locale.FRENCH);
  }

  @Test
  void theValidationEndpoint_givesTheLibrarysReport() {
    byte[] exemple = ContratsDeReference.json(EXEMPLE);

    HttpResponse<byte[]> response = http.post("/api/validation", exemple);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).startsWith("application/json");
    assertThat(Http.text(response)).isEqualTo(clsValidator.validate(exemple).toJson());
    assertThat(JSON.readTree(response.body()).get("valid").asBoolean()).isTrue();
  }

  @Test
  void theValidationEndpoint_reportsAnInvalidDocument_in200() {
    HttpResponse<byte[]> response = http.post("/api/validation", "{\"formatVersion\": 1}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("findings").valueStream().map(f -> f.get("ruleId").asString()).collect(Collectors.toSet()))
        .contains("CLS-SCH-001", "CLS-SCH-003");
  }

  @Test
  void theValidationEndpoint_givesSarif_whenAskedFor() {
    HttpResponse<byte[]> response = http.post("/api/validation", "[]".getBytes(StandardCharsets.UTF_8),
        "Accept", ReportHttpMessageConverter.SARIF.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).startsWith("application/sarif+json");
    JsonNode sarif = JSON.readTree(response.body());
    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    assertThat(sarif.get("runs").get(0).get("results").get(0).get("ruleId").asString()).isEqualTo("CLS-SCH-003");
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }
}
