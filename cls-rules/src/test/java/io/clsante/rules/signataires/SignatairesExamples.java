package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Signataire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeRegion;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One contract per rule of the family that makes it fire, each built from the valid base contract
 * (CC Val de Gers) by one targeted change; published in the rule reference page.
 */
public final class SignatairesExamples {
  private SignatairesExamples() {}

  /**
   * Returns the examples, at least one per rule of the family, in id order.
   *
   * @return an immutable list
   */
  public static List<RuleExample> all() {
    return List.of(
        RuleExample.of("CLS-SIG-001", "/signataires",
            "l'ARS est retirée des signataires",
            "the ARS is removed from the signatories",
            RuleHarness.base(b -> b.signataires(RuleHarness.base().signataires().subList(1, 4)))),
        RuleExample.of("CLS-SIG-002", "/signataires",
            "seule l'ARS reste signataire : la communauté de communes, le département et la commune sont retirés",
            "only the ARS remains a signatory: the communauté de communes, the département and the commune are removed",
            RuleHarness.base(b -> b.signataires(RuleHarness.base().signataires().subList(0, 1)))),
        RuleExample.of("CLS-SIG-003", "/signataires/0/acteur",
            "l'ARS signataire devient l'ARS Nouvelle-Aquitaine (région 75), pour un territoire en Occitanie",
            "the signing ARS becomes the ARS Nouvelle-Aquitaine (région 75), for a territory in Occitanie",
            acteur(0, a -> a.nom("Agence régionale de santé Nouvelle-Aquitaine").codeRegion(CodeRegion.parse("75")))),
        RuleExample.of("CLS-SIG-004", "/signataires/3/acteur",
            "la commune co-signataire devient Mirande (32256), qui n'est pas dans le territoire",
            "the co-signing commune becomes Mirande (32256), which is not in the territory",
            acteur(3, a -> a.nom("Commune de Mirande").codeCommune(CodeCommune.parse("32256")))),
        RuleExample.of("CLS-SIG-005", "/signataires/1",
            "la date de signature de la communauté de communes est effacée",
            "the signature date of the communauté de communes is removed",
            signataire(1, s -> s.dateSignature(Optional.empty()))),
        RuleExample.of("CLS-SIG-006", "/signataires/2/dateSignature",
            "le département signe le 23 novembre 2026, lendemain de la date de référence",
            "the département signs on 23 November 2026, the day after the reference date",
            signataire(2, s -> s.dateSignature(LocalDate.of(2026, 11, 23)))),
        RuleExample.of("CLS-SIG-007", "/signataires/2/dateSignatureApprochee",
            "le département, signataire le 2025-11-13, reçoit aussi une date de signature approchée, novembre 2025",
            "the département, signatory on 2025-11-13, is also given an approximate signature date, November 2025",
            signataire(2, s -> s.dateSignature(LocalDate.of(2025, 11, 13))
                .dateSignatureApprochee(io.clsante.model.DateCalendaire.parse("2025-11")))));
  }

  /** The base contract with its actor {@code i} changed. */
  static ContratLocalDeSante acteur(int i, UnaryOperator<Acteur.Builder> change) {
    List<Acteur> acteurs = new ArrayList<>(RuleHarness.base().acteurs());
    Acteur.Builder b = Acteur.builder();
    b.from(acteurs.get(i));
    acteurs.set(i, change.apply(b).build());
    return RuleHarness.base(c -> c.acteurs(acteurs));
  }

  /** The base contract with its signatory {@code i} changed. */
  static ContratLocalDeSante signataire(int i, UnaryOperator<Signataire.Builder> change) {
    List<Signataire> signataires = new ArrayList<>(RuleHarness.base().signataires());
    Signataire.Builder b = Signataire.builder();
    b.from(signataires.get(i));
    signataires.set(i, change.apply(b).build());
    return RuleHarness.base(c -> c.signataires(signataires));
  }
}
