package io.clsante.rules.indicateurs;

import io.clsante.model.NatureIndicateur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;

/** CLS-IND-001: a quantitative indicator states its unit. */
final class IndicateurQuantitatifAvecUnite extends ClsRule {
  IndicateurQuantitatifAvecUnite() {
    super("CLS-IND-001", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ParcoursIndicateurs.parcourir(ctx.contrat(), (fiche, indicateur, lieu) -> {
      // A blank unit says no more than a missing one.
      if (indicateur.nature() == NatureIndicateur.QUANTITATIF
          && indicateur.unite().map(String::isBlank).orElse(true)) {
        ctx.report(lieu.pointeur(), indicateur.libelle(), fiche.code());
      }
    });
  }
}
