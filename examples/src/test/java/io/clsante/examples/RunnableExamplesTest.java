package io.clsante.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each runnable example runs and does what its documentation says. */
class RunnableExamplesTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildContract_printsJsonAndAValidReport() throws Exception {
    Report report = BuildContract.run(out);
    assertTrue(report.isValid(), report.toString());
    assertTrue(printed().startsWith("{\n  \"formatVersion\": \"1.1\""), printed());
    assertEquals(BuildContract.contrat(), ClsJson.defaults().read(ClsJson.defaults().write(BuildContract.contrat())));
  }

  @Test
  void validateFile_printsFindingsInTheChosenLanguage() {
    Report report = ValidateFile.run(Path.of("contrats/cls-astarac-2025-2029.json"), Locale.ENGLISH, out);
    assertTrue(report.isValid(), report.toString());
    assertTrue(printed().endsWith("\nvalide\n"), printed());
  }

  @Test
  void validateWithProfile_appliesTheFileAndTheChangeMadeInCode() throws Exception {
    Report report = ValidateWithProfile.run(Path.of("profils/numerotation-continue.json"),
        Path.of("contrats/cls-astarac-2025-2029.json"), out);
    assertEquals(List.of(Severity.INFO), report.findings().stream().map(f -> f.severity()).distinct().toList(),
        printed());
    assertTrue(printed().startsWith("INFO CLS-AXE-007 /axes/0/fiches"), printed());
  }

  @Test
  void applicationRule_firesOnFichesWithoutPriority() {
    Report report = ApplicationRule.run(out);
    assertEquals(1, report.findings().stream().filter(f -> f.ruleId().equals("EXEMPLE-001")).count(), printed());
    assertEquals(Severity.WARNING, report.findings().stream().filter(f -> f.ruleId().equals("EXEMPLE-001"))
        .findFirst().orElseThrow().severity());
    assertTrue(printed().contains("la fiche « FA 1.1 » n'indique pas sa priorité"), printed());
  }

  @Test
  void publishOpenData_removesPersonalData(@TempDir Path dir) throws Exception {
    String withContact = Files.readString(Path.of("contrats/cls-astarac-2025-2029.json"))
        .replaceFirst("\"intitulePoste\": \"coordinatrice CLS\"",
            "\"intitulePoste\": \"coordinatrice CLS\",\n    \"contact\": {\"fonction\": \"coordinatrice\","
                + " \"nom\": \"Personne Fictive\", \"courriel\": \"contact@example.org\"}");
    Path in = Files.writeString(dir.resolve("in.json"), withContact);
    assertTrue(ClsJson.defaults().read(in).coordination().orElseThrow().contact().isPresent(), withContact);
    ContratLocalDeSante published = PublishOpenData.run(in, dir.resolve("out.json"));
    String written = Files.readString(dir.resolve("out.json"));
    assertFalse(written.contains("Personne Fictive"), written);
    assertFalse(written.contains("example.org"), written);
    assertTrue(written.contains("\"fonction\": \"coordinatrice\""), written);
    assertEquals(published, published.redacted());
  }
}
