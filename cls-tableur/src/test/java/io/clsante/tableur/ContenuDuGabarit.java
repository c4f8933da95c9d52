package io.clsante.tableur;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EntiteCls;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Intervenant;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.ObjectifSpecifique;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.Priorite;
import io.clsante.model.StatutFiche;
import io.clsante.model.StatutFinancement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the template holds of a contract, written down once for the round-trip tests: the plan's
 * axes, their strategic objectives, fiches and operations, with the properties the template's
 * columns carry and in the form the import gives them back (docs/tableur.md lists the rest).
 */
record ContenuDuGabarit(List<AxeVu> axes) {
  record AxeVu(int numero, String intitule, List<ObjectifVu> objectifs, List<FicheVue> fiches) {}

  record ObjectifVu(Optional<String> numero, String intitule) {}

  record IntervenantVu(Optional<String> acteur, Optional<String> libelle, Optional<EntiteCls> cls,
      Optional<String> service) {}

  record FinancementVu(Optional<IntervenantVu> financeur, Optional<BigDecimal> montant, StatutFinancement statut) {}

  record CalendrierVu(DateCalendaire debut, Optional<DateCalendaire> fin, Optional<String> libelle) {}

  record IndicateurVu(String libelle, NatureIndicateur nature, Optional<Integer> operation) {}

  record OperationVue(String intitule, Optional<String> description, List<IntervenantVu> porteurs,
      List<IntervenantVu> partenaires, List<FinancementVu> financements, Optional<BigDecimal> budget,
      Optional<StatutFiche> statut, Optional<CalendrierVu> calendrier, Optional<String> extension) {}

  record FicheVue(String code, String intitule, Optional<String> description, Optional<ObjectifVu> objectif,
      Optional<String> objectifGeneral, List<ObjectifSpecifique> objectifsSpecifiques,
      List<String> objectifsOperationnels, List<OperationVue> operations, List<IntervenantVu> porteurs,
      List<IntervenantVu> partenaires, List<FinancementVu> financements, Optional<BigDecimal> budget,
      List<IndicateurVu> indicateurs, Optional<StatutFiche> statut, Optional<Priorite> priorite,
      Optional<CalendrierVu> calendrier, Optional<String> extension) {}

  static ContenuDuGabarit de(ContratLocalDeSante c) {
    return new ContenuDuGabarit(c.axes().stream().map(ContenuDuGabarit::axe).toList());
  }

  private static AxeVu axe(Axe a) {
    return new AxeVu(a.numero(), a.intitule(), a.objectifsStrategiques().stream().map(ContenuDuGabarit::objectif).toList(),
        a.fiches().stream().map(f -> fiche(a, f)).toList());
  }

  private static ObjectifVu objectif(ObjectifStrategique o) {
    return new ObjectifVu(o.numero(), o.intitule());
  }

  private static FicheVue fiche(Axe a, FicheAction f) {
    Optional<ObjectifVu> os = f.objectifStrategique().flatMap(id -> a.objectifsStrategiques().stream()
        .filter(o -> o.id().equals(Optional.of(id))).findFirst()).map(ContenuDuGabarit::objectif);
    List<IndicateurVu> indicateurs = f.indicateurs().stream().map(i -> new IndicateurVu(i.libelle(),
        Lecture.nature(i.libelle()), i.operation().flatMap(op -> IntStream.range(0, f.operations().size())
            .filter(k -> f.operations().get(k).id().equals(op)).boxed().findFirst()))).toList();
    // Indicators follow their rows: the fiche's own first, then each operation's.
    List<IndicateurVu> ordre = new ArrayList<>(indicateurs.stream().filter(i -> i.operation().isEmpty()).toList());
    for (int k = 0; k < f.operations().size(); k++) {
      int n = k;
      ordre.addAll(indicateurs.stream().filter(i -> i.operation().equals(Optional.of(n))).toList());
    }
    return new FicheVue(f.code(), f.intitule(), f.description(), os, f.objectifGeneral(), f.objectifsSpecifiques(),
        f.objectifsOperationnels(), f.operations().stream().map(ContenuDuGabarit::operation).toList(),
        porteurs(f.porteurs()), partenaires(f.partenaires()), financements(f.financements()),
        f.budgetPrevisionnel().flatMap(TetExport::montantHt).map(Valeurs::net), ordre, f.statut(), f.priorite(),
        f.calendrier().map(ContenuDuGabarit::calendrier), extension(f.extensions()));
  }

  private static OperationVue operation(Operation o) {
    return new OperationVue(o.intitule(), o.description(), porteurs(o.porteurs()), partenaires(o.partenaires()),
        financements(o.financements()), o.budget().flatMap(TetExport::montantHt).map(Valeurs::net), o.statut(),
        o.calendrier().map(ContenuDuGabarit::calendrier), extension(o.extensions()));
  }

  /** The lead's department is the first lead's; the roles are not in the template. */
  private static List<IntervenantVu> porteurs(List<Intervenant> porteurs) {
    return IntStream.range(0, porteurs.size()).mapToObj(k -> intervenant(porteurs.get(k),
        k == 0 ? porteurs.get(k).service() : Optional.empty())).toList();
  }

  private static List<IntervenantVu> partenaires(List<Intervenant> partenaires) {
    return partenaires.stream().map(p -> intervenant(p, Optional.empty())).toList();
  }

  private static IntervenantVu intervenant(Intervenant i, Optional<String> service) {
    return new IntervenantVu(i.acteur(), i.libelle(), i.cls(), service);
  }

  /** Three funders at most, each with an amount excluding VAT; the status follows from the amount. */
  private static List<FinancementVu> financements(List<Financement> financements) {
    return financements.stream()
        .map(f -> new FinancementVu(f.financeur().map(i -> intervenant(i, Optional.empty())),
            f.montant().flatMap(TetExport::montantHt).map(Valeurs::net), StatutFinancement.PREVISIONNEL))
        .filter(f -> f.financeur().isPresent() || f.montant().isPresent())
        .limit(3)
        .map(f -> new FinancementVu(f.financeur(), f.montant(),
            f.montant().isPresent() ? StatutFinancement.PREVISIONNEL : StatutFinancement.FINANCEUR_IDENTIFIE))
        .toList();
  }

  private static CalendrierVu calendrier(Periode p) {
    return new CalendrierVu(p.debut(), p.fin(), p.libelle());
  }

  private static Optional<String> extension(Optional<Extensions> e) {
    return e.flatMap(x -> x.getJson(Colonne.EXTENSION));
  }
}
