package io.clsante.rules.cycle;

import io.clsante.model.Avenant;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Evenement;
import io.clsante.model.Periode;
import io.clsante.model.SignatureAvenant;
import io.clsante.model.StatutContrat;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.util.List;

/** A contract that makes each lifecycle rule fire, for its tests and the rule reference page. */
public final class CycleExamples {
  private CycleExamples() {}

  /**
   * Returns one example per rule of the family, at least.
   *
   * @return the examples, in rule id order
   */
  public static List<RuleExample> all() {
    List<Evenement> evenements = RuleHarness.base().evenements();
    Avenant avenant = RuleHarness.base().avenants().get(0);
    return List.of(
        RuleExample.of("CLS-CYC-001", "/signataires",
            "la liste des signataires du contrat en vigueur est vidée",
            "the list of signatories of the contract in force is emptied",
            RuleHarness.base(b -> b.signataires(List.of()))),
        RuleExample.of("CLS-CYC-002", "/evenements/2/date",
            "l'événement de signature (2025-11-13) est placé avant celui du diagnostic (premier semestre 2024)",
            "the signature event (2025-11-13) is listed before the diagnosis (first half of 2024)",
            RuleHarness.base(b -> b.evenements(List.of(evenements.get(0), evenements.get(2), evenements.get(1))))),
        RuleExample.of("CLS-CYC-003", "/evenements/2",
            "le statut passe à « en élaboration » alors que l'événement de signature du 2025-11-13 demeure",
            "the status becomes \"en élaboration\" while the signature event of 2025-11-13 remains",
            RuleHarness.base(b -> b.statut(StatutContrat.EN_ELABORATION))),
        RuleExample.of("CLS-CYC-004", "/avenants/0/signatures",
            "la signature du Conseil départemental du Gers est retirée de l'avenant n° 1",
            "the signature of the Conseil départemental du Gers is removed from amendment no. 1",
            avenants(Avenant.builder().from(avenant).signatures(avenant.signatures().subList(0, 2)).build())),
        RuleExample.of("CLS-CYC-005", "/generation",
            "le contrat devient de deuxième génération sans nommer son prédécesseur",
            "the contract becomes a second-generation one without naming its predecessor",
            RuleHarness.base(b -> b.generation(2))),
        RuleExample.of("CLS-CYC-006", "/statut",
            "la période s'achève le 2026-06-30 alors que le contrat est toujours « en vigueur » au 2026-11-22",
            "the period ends on 2026-06-30 while the contract is still \"en vigueur\" on 2026-11-22",
            periode("2025-11-13", "2026-06-30")));
  }

  /** Returns the base contract with these events. */
  static ContratLocalDeSante evenements(Evenement... evenements) {
    return RuleHarness.base(b -> b.evenements(List.of(evenements)));
  }

  static Evenement evenement(TypeEvenement type, String date) {
    return Evenement.builder().type(type).date(DateCalendaire.parse(date)).build();
  }

  /** Returns the base contract with these amendments. */
  static ContratLocalDeSante avenants(Avenant... avenants) {
    return RuleHarness.base(b -> b.avenants(List.of(avenants)));
  }

  static Avenant avenant(int numero, String date, List<String> signataires, List<String> ajoutes) {
    return Avenant.builder().numero(numero).date(java.time.LocalDate.parse(date)).objet("Avenant " + numero)
        .signatures(signataires.stream().map(a -> SignatureAvenant.builder().acteur(a).build()).toList())
        .acteursAjoutes(ajoutes).build();
  }

  /** Returns the base contract with another period. */
  static ContratLocalDeSante periode(String debut, String fin) {
    return RuleHarness.base(b -> b.periode(Periode.of(DateCalendaire.parse(debut), DateCalendaire.parse(fin))));
  }
}
