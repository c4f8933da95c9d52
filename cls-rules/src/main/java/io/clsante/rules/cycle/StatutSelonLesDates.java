package io.clsante.rules.cycle;

import io.clsante.model.Periode;
import io.clsante.model.StatutContrat;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** CLS-CYC-006: the status is not contradicted by the period at the reference date. */
final class StatutSelonLesDates extends ClsRule {
  private static final Set<StatutContrat> EN_COURS =
      EnumSet.of(StatutContrat.SIGNE, StatutContrat.EN_VIGUEUR, StatutContrat.EN_EVALUATION);

  StatutSelonLesDates() {
    super("CLS-CYC-006", Severity.WARNING);
  }

  // Arguments: the status, the reference date, the bound that contradicts it, and the case in
  // words (a text of the rule: cas.APRES_FIN, cas.AVANT_FIN or cas.AVANT_DEBUT).
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
    Optional<LocalDate> finAuPlusTot = fin.isEmpty() ? Optional.empty()
        : Optional.of(periode.get().fin().orElse(periode.get().debut()).premierJour());
    if (EN_COURS.contains(statut) && fin.isPresent() && today.isAfter(fin.get())) {
      report(ctx, statut, fin.get(), "APRES_FIN");
    } else if (statut == StatutContrat.ECHU && finAuPlusTot.isPresent() && today.isBefore(finAuPlusTot.get())) {
      // Certainly not over: before even the first day of an imprecise end ("2029").
      report(ctx, statut, finAuPlusTot.get(), "AVANT_FIN");
    } else if (statut == StatutContrat.EN_VIGUEUR && today.isBefore(debut)) {
      report(ctx, statut, debut, "AVANT_DEBUT");
    }
  }

  private void report(RuleContext ctx, StatutContrat statut, LocalDate borne, String cas) {
    ctx.report(Pointer.of("statut"), statut, ctx.today(), borne, new MessageKey(key("cas." + cas)));
  }
}
