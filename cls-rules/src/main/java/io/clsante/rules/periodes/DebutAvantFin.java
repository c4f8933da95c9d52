package io.clsante.rules.periodes;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Evenement;
import io.clsante.model.FicheAction;
import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-PER-001: every period starts before it ends. */
final class DebutAvantFin extends ClsRule {
  DebutAvantFin() {
    super("CLS-PER-001", Severity.ERROR);
  }

  // Each pointer is written only for an inverted period: most are not.
  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (c.periode().isPresent() && Periodes.inversee(c.periode().get())) {
      report(ctx, c.periode().get(), Pointer.of("periode"));
    }
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        if (fiche.calendrier().isPresent() && Periodes.inversee(fiche.calendrier().get())) {
          report(ctx, fiche.calendrier().get(), Pointer.of("axes", a, "fiches", f, "calendrier"));
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          Optional<Periode> calendrier = fiche.operations().get(o).calendrier();
          if (calendrier.isPresent() && Periodes.inversee(calendrier.get())) {
            report(ctx, calendrier.get(), Pointer.of("axes", a, "fiches", f, "operations", o, "calendrier"));
          }
        }
      }
    }
    // An event that spans a while ("entre 2023 et 2025") is a period too.
    for (int e = 0; e < c.evenements().size(); e++) {
      Evenement ev = c.evenements().get(e);
      if (ev.fin().isPresent() && ev.fin().get().dernierJour().isBefore(ev.date().premierJour())) {
        ctx.report(Pointer.of("evenements", e), ev.date(), ev.fin().get());
      }
    }
    for (int e = 0; e < c.evaluations().size(); e++) {
      Periode p = c.evaluations().get(e).periode();
      if (Periodes.inversee(p)) {
        report(ctx, p, Pointer.of("evaluations", e, "periode"));
      }
    }
  }

  // Only an explicit end can precede the start: without one, the period is debut's own span.
  private static void report(RuleContext ctx, Periode p, String pointer) {
    ctx.report(pointer, p.debut(), p.fin().get());
  }
}
