package io.clsante.rules.periodes;

import io.clsante.model.Periode;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;

/**
 * CLS-PER-005: the contract period starts no later than a year after the signature. A period that
 * began before the signature is not reported: contracts are often signed after the start of the
 * period they cover (a 2023-2027 contract signed in 2025).
 */
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
    // Certainly late: even the earliest day of an imprecise start is more than a year after.
    LocalDate debut = p.premierJour();
    if (debut.isAfter(signature.plusYears(ECART_MAXIMAL_ANS))) {
      ctx.report(Pointer.of("periode", "debut"), p.debut(), signature);
    }
  }
}
