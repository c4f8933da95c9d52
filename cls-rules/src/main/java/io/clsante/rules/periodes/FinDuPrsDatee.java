package io.clsante.rules.periodes;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-PER-007: a period that ends with the regional health project (PRS) states the PRS end date. */
final class FinDuPrsDatee extends ClsRule {
  FinDuPrsDatee() {
    super("CLS-PER-007", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Optional<Periode> periode = c.periode();
    if (periode.isPresent() && periode.get().finPrs() && periode.get().fin().isEmpty()) {
      ctx.report(Pointer.of("periode"), periode.get().debut());
    }
    for (int a = 0; a < c.axes().size(); a++) {
      for (int f = 0; f < c.axes().get(a).fiches().size(); f++) {
        Optional<Periode> calendrier = c.axes().get(a).fiches().get(f).calendrier();
        if (calendrier.isPresent() && calendrier.get().finPrs() && calendrier.get().fin().isEmpty()) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "calendrier"), calendrier.get().debut());
        }
      }
    }
  }
}
