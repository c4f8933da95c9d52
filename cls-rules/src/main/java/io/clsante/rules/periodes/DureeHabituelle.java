package io.clsante.rules.periodes;

import io.clsante.model.NatureContrat;
import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.time.Period;

/** CLS-PER-002: the contract lasts from 3 to 5 years, as is customary. */
final class DureeHabituelle extends ClsRule {
  DureeHabituelle() {
    super("CLS-PER-002", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.contrat().nature() == NatureContrat.CONTRAT_PREFIGURATION || ctx.contrat().periode().isEmpty()) {
      return;
    }
    Periode p = ctx.contrat().periode().get();
    if (p.dernierJour().isEmpty()) {
      return; // open-ended: no duration
    }
    if (Periodes.inversee(p)) {
      return; // CLS-PER-001
    }
    LocalDate debut = p.premierJour();
    LocalDate fin = p.dernierJour().get();
    // Measured on whole days: "2025" to "2029" runs from 2025-01-01 to the end of 2029-12-31.
    LocalDate lendemain = fin.plusDays(1);
    if (lendemain.isBefore(debut.plusYears(3)) || lendemain.isAfter(debut.plusYears(5))) {
      Period d = Period.between(debut, lendemain);
      ctx.report(Pointer.of("periode"), debut, fin, d.getYears(), d.getMonths(), d.getDays());
    }
  }
}
