package io.clsante.testkit.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.NatureContrat;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Profile;
import io.clsante.rules.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's first two examples, building and reading a contract then validating a file, as
 * compiled and run code: the parts between the markers are copied verbatim in the README, with the
 * imports they use (ReadmeSnippetTest checks it).
 */
class LireEtValiderTest {
  @Test
  void leContrat_sEcritEtSeRelit() throws ClsJsonException {
    // README:debut
    ContratLocalDeSante contrat = ContratLocalDeSante.builder()
        .identifiant("cls-exemple-2025")
        .intitule("Contrat local de santé d'exemple")
        .nature(NatureContrat.CLS)
        .statut(StatutContrat.EN_ELABORATION)
        .territoire(Territoire.builder().libelle("Exemple").build())
        .build();

    String json = ClsJson.defaults().write(contrat);            // canonical, stable property order
    ContratLocalDeSante back = ClsJson.defaults().read(json);   // strict: throws ClsJsonException
    // README:fin

    assertEquals(contrat, back);
    assertTrue(json.contains("\"cls-exemple-2025\""), json);
  }

  @Test
  void leValidateur_rendUnRapport() {
    // README:debut
    ClsValidator validator = ClsValidator.builder()      // build once, share: immutable and thread-safe
        .profile(Profile.occitanie())                    // default: Profile.national()
        .locale(Locale.ENGLISH)                          // default: French
        .referenceDate(LocalDate.of(2026, 11, 22))       // default: the system clock
        .build();

    Report report = validator.validate(Path.of("cls.json"));   // also byte[], String, InputStream, a model
    if (!report.isValid()) {                                    // valid = no ERROR finding
      report.findings().forEach(f -> System.out.println(f.format(Locale.FRENCH)));
    }
    String json = report.toJson();     // {"source", "valid", "errors", "warnings", "infos", "findings": [...]}
    String sarif = report.toSarif();   // SARIF 2.1.0, for code-scanning tools
    // README:fin

    // There is no cls.json here: the report says so, as a finding.
    assertFalse(report.isValid());
    assertTrue(json.startsWith("{\"source\":\"cls.json\",\"valid\":false,"), json);
    assertTrue(sarif.contains("\"version\":\"2.1.0\""), sarif);
  }
}
