package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.TypeActeur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
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
    List<Optional<Acteur>> acteurs = ctx.contrat().signataires().stream().map(s -> ctx.acteur(s.acteur())).toList();
    boolean ars = acteurs.stream().flatMap(Optional::stream).anyMatch(a -> a.type() == TypeActeur.ARS);
    // A signatory whose actor is unknown may be the ARS: CLS-REF-002 reports the reference instead.
    boolean inconnu = acteurs.stream().anyMatch(Optional::isEmpty);
    if (!ars && !inconnu) {
      ctx.report(Pointer.of("signataires"), ctx.contrat().statut());
    }
  }
}
