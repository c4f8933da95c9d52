package io.clsante.rules.periodes;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/** CLS-PER-003: fiche and operation calendars lie within the contract period. */
final class CalendriersDansLaPeriode extends ClsRule {
  CalendriersDansLaPeriode() {
    super("CLS-PER-003", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (c.periode().isEmpty() || Periodes.inversee(c.periode().get())) {
      return;
    }
    Periode contrat = c.periode().get();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        if (fiche.calendrier().isPresent() && horsDe(contrat, fiche.calendrier().get())) {
          report(ctx, contrat, fiche.calendrier().get(), fiche.code(),
              Pointer.of("axes", a, "fiches", f, "calendrier"));
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          Operation op = fiche.operations().get(o);
          if (op.calendrier().isPresent() && horsDe(contrat, op.calendrier().get())) {
            report(ctx, contrat, op.calendrier().get(), fiche.code() + " – " + op.intitule(),
                Pointer.of("axes", a, "fiches", f, "operations", o, "calendrier"));
          }
        }
      }
    }
  }

  // Tested before the subject and the pointer of the finding are written: most calendars fit.
  private static boolean horsDe(Periode contrat, Periode calendrier) {
    if (Periodes.inversee(calendrier)) {
      return false; // CLS-PER-001
    }
    boolean tot = calendrier.premierJour().isBefore(contrat.premierJour());
    // An open-ended calendar ("pas avant…") or contract only has a start to check.
    Optional<LocalDate> fin = calendrier.dernierJour();
    boolean tard = fin.isPresent() && contrat.dernierJour().isPresent()
        && fin.get().isAfter(contrat.dernierJour().get());
    return tot || tard;
  }

  private static void report(RuleContext ctx, Periode contrat, Periode calendrier, String sujet, String pointer) {
    ctx.report(pointer, sujet, calendrier.premierJour(), Periodes.jusquA(calendrier),
        contrat.premierJour(), Periodes.jusquA(contrat));
  }
}
