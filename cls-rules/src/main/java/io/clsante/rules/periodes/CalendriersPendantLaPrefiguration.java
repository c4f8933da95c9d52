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

/**
 * CLS-PER-006: a fiche or operation calendar that starts before the contract's period, during the
 * préfiguration, is noted.
 */
final class CalendriersPendantLaPrefiguration extends ClsRule {
  CalendriersPendantLaPrefiguration() {
    super("CLS-PER-006", Severity.INFO);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (c.periode().isEmpty() || Periodes.inversee(c.periode().get()) || Periodes.debutPrefiguration(c).isEmpty()) {
      return;
    }
    LocalDate debut = c.periode().get().premierJour();
    LocalDate prefiguration = Periodes.debutPrefiguration(c).get();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        if (fiche.calendrier().isPresent() && anticipe(c, debut, fiche.calendrier().get())) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "calendrier"), fiche.code(), fiche.calendrier().get().debut(),
              debut, prefiguration);
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          Operation op = fiche.operations().get(o);
          if (op.calendrier().isPresent() && anticipe(c, debut, op.calendrier().get())) {
            ctx.report(Pointer.of("axes", a, "fiches", f, "operations", o, "calendrier"),
                fiche.code() + " – " + op.intitule(), op.calendrier().get().debut(), debut, prefiguration);
          }
        }
      }
    }
  }

  // Certainly before the period, but not certainly before the préfiguration began.
  private static boolean anticipe(ContratLocalDeSante c, LocalDate debut, Periode calendrier) {
    return !Periodes.inversee(calendrier) && Periodes.commenceAvant(calendrier, debut)
        && Periodes.pendantLaPrefiguration(c, calendrier);
  }
}
