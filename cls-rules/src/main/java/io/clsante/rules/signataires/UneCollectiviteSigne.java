package io.clsante.rules.signataires;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-SIG-002: once signed, a local authority signs, as signataire or co-signataire associé. */
final class UneCollectiviteSigne extends ClsRule {
  UneCollectiviteSigne() {
    super("CLS-SIG-002", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (!c.statut().isSigne()) {
      return;
    }
    // Both roles count: a commune associated as co-signatory still commits the territory. A
    // signatory whose actor is unknown may well be the local authority: CLS-REF-002 reports the id.
    boolean collectivite = c.signataires().stream().map(s -> ctx.acteur(s.acteur()))
        .anyMatch(a -> a.isEmpty() || a.get().type().isCollectiviteTerritoriale());
    if (!collectivite) {
      ctx.report(Pointer.of("signataires"), c.statut());
    }
  }
}
