package io.clsante.rules.cycle;

import io.clsante.model.Periode;
import io.clsante.model.StatutContrat;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/** CLS-CYC-006: the status is not contradicted by the period at the reference date. */
final class StatutSelonLesDates extends ClsRule {
  private static final Set<StatutContrat> EN_COURS =
      EnumSet.of(StatutContrat.SIGNE, StatutContrat.EN_VIGUEUR, StatutContrat.EN_EVALUATION);

  StatutSelonLesDates() {
    super("CLS-CYC-006", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Periode> periode = ctx.contrat().periode();
    // Without a period, CLS-CYC-001 reports; an open-ended period has no end to be after or before.
    // On the last day itself the contract is still running, so neither EN_VIGUEUR nor ECHU is wrong.
    if (periode.isEmpty()) {
      return;
    }
    StatutContrat statut = ctx.contrat().statut();
    LocalDate today = ctx.today();
    LocalDate debut = periode.get().premierJour();
    Optional<LocalDate> fin = periode.get().dernierJour();
    if (EN_COURS.contains(statut) && fin.isPresent() && today.isAfter(fin.get())) {
      ctx.report(Pointer.of("statut"), statut.name(), today, fin.get(), "APRES_FIN");
    } else if (statut == StatutContrat.ECHU && fin.isPresent() && today.isBefore(fin.get())) {
      ctx.report(Pointer.of("statut"), statut.name(), today, fin.get(), "AVANT_FIN");
    } else if (statut == StatutContrat.EN_VIGUEUR && today.isBefore(debut)) {
      ctx.report(Pointer.of("statut"), statut.name(), today, debut, "AVANT_DEBUT");
    }
  }

  // Arguments: the status, the reference date, the bound that contradicts it and the case
  // (APRES_FIN, AVANT_FIN, AVANT_DEBUT), which the message explains in words.
  @Override
  public String message(Locale locale, List<String> arguments) {
    if (arguments.size() < 4) {
      return super.message(locale, arguments);
    }
    String cas;
    try {
      cas = format(text(locale, id() + ".cas." + arguments.get(3)), arguments);
    } catch (MissingResourceException e) {
      cas = arguments.get(3);
    }
    return super.message(locale, List.of(arguments.get(0), arguments.get(1), cas));
  }
}
