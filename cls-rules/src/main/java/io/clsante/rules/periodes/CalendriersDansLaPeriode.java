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
        if (fiche.calendrier().isPresent() && horsDe(c, contrat, fiche.calendrier().get())) {
          report(ctx, contrat, fiche.calendrier().get(), fiche.code(),
              Pointer.of("axes", a, "fiches", f, "calendrier"));
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          Operation op = fiche.operations().get(o);
          if (op.calendrier().isPresent() && horsDe(c, contrat, op.calendrier().get())) {
            report(ctx, contrat, op.calendrier().get(), fiche.code() + " – " + op.intitule(),
                Pointer.of("axes", a, "fiches", f, "operations", o, "calendrier"));
          }
        }
      }
    }
  }

  // Tested before the subject and the pointer of the finding are written: most calendars fit. A
  // calendar is outside only when it certainly starts before the contract or certainly ends after
  // it, whatever the days of its imprecise bounds ("Dernier trimestre 2025" overlaps a contract
  // starting on 21 October 2025). One that starts before, during the préfiguration, is CLS-PER-006.
  private static boolean horsDe(ContratLocalDeSante c, Periode contrat, Periode calendrier) {
    if (Periodes.inversee(calendrier)) {
      return false; // CLS-PER-001
    }
    boolean tot = Periodes.commenceAvant(calendrier, contrat.premierJour())
        && !Periodes.pendantLaPrefiguration(c, calendrier);
    boolean tard = contrat.dernierJour().isPresent() && Periodes.finitApres(calendrier, contrat.dernierJour().get());
    return tot || tard;
  }

  private static void report(RuleContext ctx, Periode contrat, Periode calendrier, String sujet, String pointer) {
    ctx.report(pointer, sujet, calendrier.premierJour(), Periodes.jusquA(calendrier),
        contrat.premierJour(), Periodes.jusquA(contrat));
  }
}
