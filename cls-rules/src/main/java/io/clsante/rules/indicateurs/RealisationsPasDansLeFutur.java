package io.clsante.rules.indicateurs;

import io.clsante.model.TypeValeur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;

/** CLS-IND-004: an achieved value (REALISE) is not dated after the reference date. */
final class RealisationsPasDansLeFutur extends ClsRule {
  RealisationsPasDansLeFutur() {
    super("CLS-IND-004", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ParcoursIndicateurs.parcourir(ctx.contrat(), (fiche, indicateur, lieu) -> {
      for (int v = 0; v < indicateur.valeurs().size(); v++) {
        ValeurIndicateur valeur = indicateur.valeurs().get(v);
        if (valeur.type() == TypeValeur.REALISE && valeur.date().isAfter(ctx.today())) {
          ctx.report(lieu.pointeur("valeurs", v, "date"), valeur.date(), indicateur.libelle(),
              ctx.today(), fiche.code());
        }
      }
    });
  }
}
