package io.clsante.rules.periodes;

import io.clsante.model.Avenant;
import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Evenement;
import io.clsante.model.FicheAction;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Contracts that make each period rule fire, each one targeted change of the valid base contract
 * (period 2025-11-13 to 2029-12-31, signed 2025-11-13); also the builders of the family's tests.
 */
public final class PeriodesExamples {
  private PeriodesExamples() {}

  /**
   * Returns at least one example per rule of the family.
   *
   * @return the examples, in rule id order
   */
  public static List<RuleExample> all() {
    return List.of(
        RuleExample.of("CLS-PER-001", "/periode",
            "les bornes de la période sont inversées : du 2029-12-31 au 2025-11-13",
            "the bounds of the period are swapped: from 2029-12-31 to 2025-11-13",
            periode(Periode.of(jour("2029-12-31"), jour("2025-11-13")))),
        RuleExample.of("CLS-PER-001", "/axes/0/fiches/0/calendrier",
            "le calendrier de la fiche FA 1.1 va de 2027 à 2026",
            "the calendar of fiche FA 1.1 runs from 2027 to 2026",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2027"), date("2026"))))),
        RuleExample.of("CLS-PER-002", "/periode",
            "la période est étendue à 2025-2031, soit 7 ans",
            "the period is stretched to 2025-2031, that is 7 years",
            periode(Periode.of(date("2025"), date("2031")))),
        RuleExample.of("CLS-PER-003", "/axes/0/fiches/0/calendrier",
            "le calendrier de la fiche FA 1.1 commence en 2022, avant le contrat et sa préfiguration",
            "the calendar of fiche FA 1.1 starts in 2022, before the contract and its préfiguration",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2022"), date("2029"))))),
        RuleExample.of("CLS-PER-003", "/axes/0/fiches/0/operations/0/calendrier",
            "la journée d'accueil de la fiche FA 1.1 est reportée au premier trimestre 2030, "
                + "après la fin du contrat",
            "the welcome day of fiche FA 1.1 is postponed to the first quarter of 2030, after the contract's end",
            operation(0, 0, 0, o -> o.calendrier(Periode.builder().debut(date("2030-T1")).build()))),
        RuleExample.of("CLS-PER-004", "/avenants/0/date",
            "l'avenant n° 1 est daté du 2030-03-01, après la fin du contrat",
            "amendment no. 1 is dated 2030-03-01, after the contract's end",
            RuleHarness.base(b -> b.avenants(List.of(
                Avenant.builder().from(RuleHarness.base().avenants().get(0)).date(LocalDate.of(2030, 3, 1)).build())))),
        RuleExample.of("CLS-PER-005", "/periode/debut",
            "l'événement de signature est daté du 2024-06-01, plus d'un an avant le début de la "
                + "période (2025-11-13)",
            "the signature event is dated 2024-06-01, more than a year before the start of the period (2025-11-13)",
            signature("2024-06-01")),
        RuleExample.of("CLS-PER-006", "/axes/0/fiches/0/calendrier",
            "le calendrier de la fiche FA 1.1 commence en septembre 2024, pendant la préfiguration signée le "
                + "2023-06-29, avant la période du contrat",
            "the calendar of fiche FA 1.1 starts in September 2024, during the préfiguration signed on "
                + "2023-06-29, before the contract period",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2024-09"), date("2026"))))),
        RuleExample.of("CLS-PER-007", "/periode",
            "la période du contrat prend fin avec le PRS, sans date de fin",
            "the contract period ends with the PRS, without an end date",
            finPrs(Optional.empty())));
  }

  static DateCalendaire date(String text) {
    return DateCalendaire.parse(text);
  }

  static DateCalendaire jour(String text) {
    return DateCalendaire.jour(LocalDate.parse(text));
  }

  /** The base contract with another period. */
  static ContratLocalDeSante periode(Periode p) {
    return RuleHarness.base(b -> b.periode(p));
  }

  /** The base contract with the fiche {@code f} of axis {@code a} changed. */
  static ContratLocalDeSante fiche(int a, int f, UnaryOperator<FicheAction.Builder> change) {
    List<Axe> axes = new ArrayList<>(RuleHarness.base().axes());
    Axe axe = axes.get(a);
    List<FicheAction> fiches = new ArrayList<>(axe.fiches());
    FicheAction.Builder fb = FicheAction.builder();
    fb.from(fiches.get(f));
    fiches.set(f, change.apply(fb).build());
    axes.set(a, Axe.builder().from(axe).fiches(fiches).build());
    return RuleHarness.base(b -> b.axes(axes));
  }

  /** The base contract with the operation {@code o} of a fiche changed. */
  static ContratLocalDeSante operation(int a, int f, int o, UnaryOperator<Operation.Builder> change) {
    return fiche(a, f, fb -> {
      List<Operation> ops = new ArrayList<>(RuleHarness.base().axes().get(a).fiches().get(f).operations());
      Operation.Builder ob = Operation.builder();
      ob.from(ops.get(o));
      ops.set(o, change.apply(ob).build());
      return fb.operations(ops);
    });
  }

  /** The base contract with its SIGNATURE event moved to another day. */
  static ContratLocalDeSante signature(String day) {
    List<Evenement> evenements = new ArrayList<>();
    for (Evenement e : RuleHarness.base().evenements()) {
      evenements.add(e.type() == TypeEvenement.SIGNATURE
          ? Evenement.builder().from(e).date(jour(day)).build() : e);
    }
    return RuleHarness.base(b -> b.evenements(evenements));
  }

  /** The base contract with an event from {@code debut} to {@code fin} listed first. */
  static ContratLocalDeSante evenement(DateCalendaire debut, DateCalendaire fin) {
    List<Evenement> evenements = new ArrayList<>();
    evenements.add(Evenement.builder().type(TypeEvenement.CONCERTATION).date(debut).fin(fin).build());
    evenements.addAll(RuleHarness.base().evenements());
    return RuleHarness.base(b -> b.evenements(evenements));
  }

  /** The base contract without its préfiguration event, then changed. */
  static ContratLocalDeSante sansPrefiguration(UnaryOperator<ContratLocalDeSante.Builder> change) {
    List<Evenement> evenements = RuleHarness.base().evenements().stream()
        .filter(e -> e.type() != TypeEvenement.SIGNATURE_PREFIGURATION).toList();
    return RuleHarness.base(b -> change.apply(b.evenements(evenements)));
  }

  /** The base contract whose period ends with the PRS, at the given end. */
  static ContratLocalDeSante finPrs(Optional<DateCalendaire> fin) {
    return periode(Periode.builder().debut(jour("2025-11-13")).fin(fin).finPrs(true).build());
  }
}
