package io.clsante.rules.signataires;

import io.clsante.model.TypeActeur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-SIG-001: once signed, an ARS is among the signatories. */
final class UneArsSigne extends ClsRule {
  UneArsSigne() {
    super("CLS-SIG-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.contrat().statut().isSigne()) {
      return;
    }
    boolean ars = ctx.contrat().signataires().stream()
        .anyMatch(s -> ctx.acteur(s.acteur()).map(a -> a.type() == TypeActeur.ARS).orElse(false));
    // A signatory whose actor is unknown may be the ARS: CLS-REF-002 reports the reference instead.
    boolean unknown = ctx.contrat().signataires().stream().anyMatch(s -> ctx.acteur(s.acteur()).isEmpty());
    if (!ars && !unknown) {
      ctx.report(Pointer.of("signataires"), ctx.contrat().statut().libelle());
    }
  }
}
