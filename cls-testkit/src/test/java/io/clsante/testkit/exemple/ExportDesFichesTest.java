package io.clsante.testkit.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.rules.ClsValidator;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import io.clsante.testkit.Mutant;
import io.clsante.testkit.Mutations;
import io.clsante.testkit.ReportAssertions;
import io.clsante.testkit.junit.ContratsGeneres;
import org.junit.jupiter.api.Test;

/**
 * A downstream suite as the README shows it: an application's export of fiches actions, tested
 * on generated contracts, on a reference contract and on a mutated one. The part between the
 * markers is copied verbatim in the README (ReadmeSnippetTest checks it).
 */
class ExportDesFichesTest {
  // README:debut
  private static final ClsValidator VALIDATOR =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();

  // 1 000 contrats générés, petits pour la plupart ; un échec donne sa graine et la plus petite
  // taille qui échoue encore, à rejouer avec -Dcls.testkit.graine=… -Dcls.testkit.taille=…
  @ContratsGeneres(nombre = 1000, taille = 12)
  void lExport_aUneLigneParFiche(ContratLocalDeSante contrat) {
    long fiches = contrat.axes().stream().mapToLong(axe -> axe.fiches().size()).sum();
    assertEquals(1 + fiches, ExportDesFiches.csv(contrat).lines().count());
  }

  @Test
  void lExport_dUnContratDeReference() {
    ContratLocalDeSante astarac = ContratsDeReference.contrat("cls-astarac-2025-2029");
    assertEquals("axe;code;intitule", ExportDesFiches.csv(astarac).lines().findFirst().orElseThrow());
  }

  @Test
  void unPorteurNonDeclare_estSignale() {
    ContratLocalDeSante contrat = ContratGenerator.standard().generate(20261122L, 5);
    Mutant mutant = Mutations.nommee("porteur-inconnu").apply(contrat).orElseThrow();
    ReportAssertions.assertErrorsExactly(VALIDATOR.validate("porteur inconnu", mutant.json()),
        "CLS-REF-002 /axes/0/fiches/0/porteurs/0");
  }
  // README:fin

  /** The application code under test: one CSV line per fiche action. */
  static final class ExportDesFiches {
    private ExportDesFiches() {}

    static String csv(ContratLocalDeSante contrat) {
      StringBuilder sb = new StringBuilder("axe;code;intitule\n");
      for (Axe axe : contrat.axes()) {
        for (FicheAction fiche : axe.fiches()) {
          sb.append(axe.numero()).append(';').append(fiche.code()).append(';')
              .append(fiche.intitule().replace(';', ',')).append('\n');
        }
      }
      return sb.toString();
    }
  }
}
