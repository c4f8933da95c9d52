package io.clsante.rules.periodes;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-PER-001: every period starts before it ends. */
final class DebutAvantFin extends ClsRule {
  DebutAvantFin() {
    super("CLS-PER-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    c.periode().ifPresent(p -> check(ctx, p, Pointer.of("periode")));
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        int fi = f;
        int ai = a;
        fiche.calendrier().ifPresent(p -> check(ctx, p, Pointer.of("axes", ai, "fiches", fi, "calendrier")));
        for (int o = 0; o < fiche.operations().size(); o++) {
          int oi = o;
          fiche.operations().get(o).calendrier().ifPresent(p -> check(ctx, p,
              Pointer.of("axes", ai, "fiches", fi, "operations", oi, "calendrier")));
        }
      }
    }
    for (int e = 0; e < c.evaluations().size(); e++) {
      check(ctx, c.evaluations().get(e).periode(), Pointer.of("evaluations", e, "periode"));
    }
  }

  private static void check(RuleContext ctx, Periode p, String pointer) {
    // Only an explicit end can precede the start: without one, the period is debut's own span.
    if (Periodes.inversee(p)) {
      ctx.report(pointer, p.debut(), p.fin().get());
    }
  }
}
