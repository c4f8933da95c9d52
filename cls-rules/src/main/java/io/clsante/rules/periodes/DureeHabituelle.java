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
    // At the precision of its bounds, the period lasts at least from the latest day it can start
    // to the earliest day it can end, and at most from its first day to its last: only a duration
    // outside 3 to 5 years whatever the days is reported, with the span that shows it ("2025" to
    // "2030" may last from 4 to 6 years: quiet). Measured on whole days: "2025" to "2029" lasts 5.
    LocalDate premier = p.premierJour();
    LocalDate dernier = p.dernierJour().get();
    LocalDate debutTardif = Periodes.debutAuPlusTard(p).orElse(premier);
    LocalDate finPrecoce = Periodes.finAuPlusTot(p).orElse(dernier);
    if (dernier.plusDays(1).isBefore(premier.plusYears(3))) {
      report(ctx, premier, dernier);
    } else if (finPrecoce.plusDays(1).isAfter(debutTardif.plusYears(5))) {
      report(ctx, debutTardif, finPrecoce);
    }
  }

  private static void report(RuleContext ctx, LocalDate debut, LocalDate fin) {
    Period d = Period.between(debut, fin.plusDays(1));
    ctx.report(Pointer.of("periode"), debut, fin, d.getYears(), d.getMonths(), d.getDays());
  }
}
