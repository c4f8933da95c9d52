package io.clsante.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.NatureContrat;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.StructuralProblem;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;

class ContratHttpMessageConverterTest {
  private static final ContratLocalDeSante CONTRAT = ContratLocalDeSante.builder()
      .identifiant("cls-exemple-2025")
      .intitule("Contrat local de santé d'exemple")
      .nature(NatureContrat.CLS)
      .statut(StatutContrat.EN_ELABORATION)
      .territoire(Territoire.builder().libelle("Exemple").build())
      .build();

  private final ContratHttpMessageConverter converter = new ContratHttpMessageConverter();

  @Test
  void readsAndWritesTheContract_only_asJson() {
    assertTrue(converter.canRead(ContratLocalDeSante.class, MediaType.APPLICATION_JSON));
    assertTrue(converter.canWrite(CONTRAT.getClass(), MediaType.parseMediaType("application/vnd.cls+json")));
    assertFalse(converter.canRead(String.class, MediaType.APPLICATION_JSON));
    assertFalse(converter.canRead(ContratLocalDeSante.class, MediaType.APPLICATION_XML));
  }

  @Test
  void writes_theCanonicalBytes_andReadsThemBack() throws Exception {
    Output out = new Output();
    converter.write(CONTRAT, MediaType.APPLICATION_JSON, out);
    byte[] canonical = ClsJson.defaults().writeBytes(CONTRAT);
    assertArrayEquals(canonical, out.body.toByteArray());
    assertEquals(CONTRAT, converter.read(ContratLocalDeSante.class, input(canonical)));
  }

  @Test
  void refusesADocumentWithProblems_carryingThemAll() {
    byte[] document = "{\"formatVersion\": \"1.0\", \"inconnu\": true}".getBytes(StandardCharsets.UTF_8);
    InvalidContratException e = assertThrows(InvalidContratException.class,
        () -> converter.read(ContratLocalDeSante.class, input(document)));
    assertEquals(ClsJson.defaults().check(document).problems(), e.problems());
    assertTrue(e.problems().size() > 1);
    StructuralProblem first = e.problems().get(0);
    assertTrue(e.getMessage().startsWith("CLS document refused: " + e.problems().size()
        + " structural problem(s), the first " + first.ruleId()), e.getMessage());
  }

  @Test
  void anInvalidContratException_hasAtLeastOneProblem() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidContratException(List.of(), input(new byte[0])));
  }

  @Test
  void aReport_isWrittenAsJsonOrSarif() throws Exception {
    Report report = ClsValidator.standard().validate("[]".getBytes(StandardCharsets.UTF_8));
    ReportHttpMessageConverter reports = new ReportHttpMessageConverter();
    assertFalse(reports.canRead(Report.class, MediaType.APPLICATION_JSON));

    Output json = new Output();
    reports.write(report, MediaType.APPLICATION_JSON, json);
    assertEquals(report.toJson(), json.body.toString(StandardCharsets.UTF_8));

    Output sarif = new Output();
    reports.write(report, ReportHttpMessageConverter.SARIF, sarif);
    assertEquals(report.toSarif(), sarif.body.toString(StandardCharsets.UTF_8));
  }

  private static HttpInputMessage input(byte[] body) {
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
      }
    };
  }

  private static final class Output implements HttpOutputMessage {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    final HttpHeaders headers = new HttpHeaders();

    @Override
    public OutputStream getBody() {
      return body;
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }
  }
}
