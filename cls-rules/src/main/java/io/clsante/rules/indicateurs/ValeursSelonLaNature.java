package io.clsante.rules.indicateurs;

import io.clsante.model.NatureIndicateur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;

/** CLS-IND-002: a quantitative indicator's values are numbers, a qualitative one's are texts. */
final class ValeursSelonLaNature extends ClsRule {
  ValeursSelonLaNature() {
    super("CLS-IND-002", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ParcoursIndicateurs.parcourir(ctx.contrat(), (fiche, indicateur, lieu) -> {
      boolean quantitatif = indicateur.nature() == NatureIndicateur.QUANTITATIF;
      for (int v = 0; v < indicateur.valeurs().size(); v++) {
        ValeurIndicateur valeur = indicateur.valeurs().get(v);
        // A value holds one or the other; a blank text says nothing and counts as missing.
        boolean conforme = quantitatif
            ? valeur.nombre().isPresent() && valeur.texte().isEmpty()
            : valeur.texte().filter(t -> !t.isBlank()).isPresent() && valeur.nombre().isEmpty();
        if (!conforme) {
          // The last two arguments are the JSON properties expected and unexpected.
          ctx.report(lieu.pointeur("valeurs", v), indicateur.libelle(), indicateur.nature(), valeur.type(),
              valeur.date(), quantitatif ? "nombre" : "texte", quantitatif ? "texte" : "nombre");
        }
      }
    });
  }
}
