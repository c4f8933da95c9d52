package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.Signataire;
import io.clsante.model.TypeActeur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

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
    // A loop rather than streams and lambdas, which a fresh JVM would link first.
    boolean ars = false;
    // A signatory whose actor is unknown may be the ARS: CLS-REF-002 reports the reference instead.
    boolean unknown = false;
    for (Signataire s : ctx.contrat().signataires()) {
      Optional<Acteur> acteur = ctx.acteur(s.acteur());
      ars |= acteur.isPresent() && acteur.get().type() == TypeActeur.ARS;
      unknown |= acteur.isEmpty();
    }
    if (!ars && !unknown) {
      ctx.report(Pointer.of("signataires"), ctx.contrat().statut().libelle());
    }
  }
}
