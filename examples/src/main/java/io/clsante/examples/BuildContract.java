package io.clsante.examples;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.FicheAction;
import io.clsante.model.Indicateur;
import io.clsante.model.Intervenant;
import io.clsante.model.NatureContrat;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.NiveauIndicateur;
import io.clsante.model.Periode;
import io.clsante.model.RoleSignataire;
import io.clsante.model.Signataire;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.Thematique;
import io.clsante.model.TypeActeur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Builds a contract in code with the builders, writes it as JSON and validates it.
 *
 * <p>Run: {@code java -cp … io.clsante.examples.BuildContract}.
 */
public final class BuildContract {
  private BuildContract() {}

  /**
   * Builds a small signed contract of the CC Val de Gers.
   *
   * @return the contract
   */
  public static ContratLocalDeSante contrat() {
    Siren valDeGers = Siren.parse("200072320");
    return ContratLocalDeSante.builder()
        .identifiant("cls-exemple-val-de-gers")
        .intitule("Contrat local de santé d'exemple du Val de Gers")
        .nature(NatureContrat.CLS)
        .statut(StatutContrat.SIGNE)
        .periode(Periode.of(DateCalendaire.jour(LocalDate.of(2026, 1, 15)), DateCalendaire.annee(2030)))
        .territoire(Territoire.builder()
            .addCommunes(CommuneTerritoire.builder().code(CodeCommune.parse("32242")).nom("Masseube").epci(valDeGers).build())
            .addEpci(EpciTerritoire.of(valDeGers, "CC Val de Gers"))
            .addDepartements(CodeDepartement.parse("32"))
            .region(CodeRegion.parse("76"))
            .build())
        .addActeurs(Acteur.builder().id("ars").nom("ARS Occitanie").type(TypeActeur.ARS)
            .codeRegion(CodeRegion.parse("76")).build())
        .addActeurs(Acteur.builder().id("cc").nom("CC Val de Gers").type(TypeActeur.COMMUNAUTE_COMMUNES)
            .siren(valDeGers).build())
        .addSignataires(Signataire.builder().acteur("ars").role(RoleSignataire.SIGNATAIRE)
            .dateSignature(LocalDate.of(2026, 1, 15)).build())
        .addSignataires(Signataire.builder().acteur("cc").role(RoleSignataire.SIGNATAIRE)
            .dateSignature(LocalDate.of(2026, 1, 15)).build())
        .addAxes(Axe.builder().id("axe-1").numero(1).intitule("Santé mentale")
            .addThematiques(Thematique.SANTE_MENTALE)
            .addFiches(FicheAction.builder().id("fa-1-1").code("FA 1.1")
                .intitule("Former des secouristes en santé mentale").addPorteurs(Intervenant.of("cc"))
                .addIndicateurs(Indicateur.builder().id("ind-1").libelle("Personnes formées")
                    .niveau(NiveauIndicateur.RESULTAT).nature(NatureIndicateur.QUANTITATIF)
                    .unite("personnes").build())
                .build())
            .build())
        .build();
  }

  /**
   * Prints the contract as JSON, then its validation report.
   *
   * @param out where to print
   * @return the report
   */
  public static Report run(PrintStream out) {
    ContratLocalDeSante contrat = contrat();
    out.print(ClsJson.defaults().write(contrat));
    Report report = ClsValidator.builder().referenceDate(LocalDate.of(2026, 11, 22)).build().validate(contrat);
    out.println(report);
    return report;
  }

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
