package io.clsante.rules.periodes;

import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;

/** CLS-PER-005: the contract period starts within a year of the signature, before or after. */
final class DebutProcheDeLaSignature extends ClsRule {
  /** How far, in years, the start of the period may be from the signature date. */
  static final int ECART_MAXIMAL_ANS = 1;

  DebutProcheDeLaSignature() {
    super("CLS-PER-005", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.contrat().periode().isEmpty() || ctx.dateSignature().isEmpty()) {
      return; // a signed contract without period is CLS-CYC-001's business
    }
    Periode p = ctx.contrat().periode().get();
    LocalDate signature = ctx.dateSignature().get();
    LocalDate debut = p.premierJour();
    if (debut.isBefore(signature.minusYears(ECART_MAXIMAL_ANS))
        || debut.isAfter(signature.plusYears(ECART_MAXIMAL_ANS))) {
      ctx.report(Pointer.of("periode", "debut"), p.debut(), signature);
    }
  }
}
