package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Signataire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/** CLS-SIG-005: once signed, every signatory has a signature date, to the day or approximate. */
final class SignaturesDatees extends ClsRule {
  SignaturesDatees() {
    super("CLS-SIG-005", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (!c.statut().isSigne()) {
      return;
    }
    for (int i = 0; i < c.signataires().size(); i++) {
      Signataire s = c.signataires().get(i);
      if (s.dateSignature().isEmpty() && s.dateSignatureApprochee().isEmpty()) {
        String nom = ctx.acteur(s.acteur()).map(Acteur::nom).orElse(s.acteur());
        ctx.report(Pointer.of("signataires", i), nom, c.statut());
      }
    }
  }
}
