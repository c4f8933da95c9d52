package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Signataire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;

/** CLS-SIG-006: no signatory's signature date is after the reference date. */
final class SignaturesNonFutures extends ClsRule {
  SignaturesNonFutures() {
    super("CLS-SIG-006", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int i = 0; i < c.signataires().size(); i++) {
      Signataire s = c.signataires().get(i);
      if (s.dateSignature().isPresent() && s.dateSignature().get().isAfter(ctx.today())) {
        LocalDate date = s.dateSignature().get();
        String nom = ctx.acteur(s.acteur()).map(Acteur::nom).orElse(s.acteur());
        ctx.report(Pointer.of("signataires", i, "dateSignature"), nom, date, ctx.today());
      }
      // A date known to the month or the year is in the future only if its first day is.
      if (s.dateSignatureApprochee().isPresent() && s.dateSignatureApprochee().get().premierJour().isAfter(ctx.today())) {
        String nom = ctx.acteur(s.acteur()).map(Acteur::nom).orElse(s.acteur());
        ctx.report(Pointer.of("signataires", i, "dateSignatureApprochee"), nom, s.dateSignatureApprochee().get(),
            ctx.today());
      }
    }
  }
}
