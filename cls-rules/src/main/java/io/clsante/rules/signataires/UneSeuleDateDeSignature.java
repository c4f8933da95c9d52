package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Signataire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;

/**
 * CLS-SIG-007: a signatory's signature date is given once, to the day ({@code dateSignature}) or
 * approximately ({@code dateSignatureApprochee}), not both.
 */
final class UneSeuleDateDeSignature extends ClsRule {
  UneSeuleDateDeSignature() {
    super("CLS-SIG-007", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int i = 0; i < c.signataires().size(); i++) {
      Signataire s = c.signataires().get(i);
      if (s.dateSignature().isPresent() && s.dateSignatureApprochee().isPresent()) {
        String nom = ctx.acteur(s.acteur()).map(Acteur::nom).orElse(s.acteur());
        ctx.report(Pointer.of("signataires", i, "dateSignatureApprochee"), nom, s.dateSignature().get(),
            s.dateSignatureApprochee().get());
      }
    }
  }
}
