package io.clsante.rules.indicateurs;

import io.clsante.model.Indicateur;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** CLS-IND-003: the numbers of a quantitative indicator in percent lie within 0-100. */
final class PourcentagesEntreZeroEtCent extends ClsRule {
  // The units that mean a percentage, once trimmed and lower-cased. A rate of change, which may
  // exceed 100 % or be negative, is declared with another unit ("% d'évolution") and not checked.
  private static final Set<String> POURCENTAGE = Set.of("%", "pourcentage", "pour cent");
  private static final BigDecimal CENT = BigDecimal.valueOf(100);

  PourcentagesEntreZeroEtCent() {
    super("CLS-IND-003", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ParcoursIndicateurs.parcourir(ctx.contrat(), (fiche, indicateur, lieu) -> {
      if (!enPourcentage(indicateur)) {
        return;
      }
      for (int v = 0; v < indicateur.valeurs().size(); v++) {
        ValeurIndicateur valeur = indicateur.valeurs().get(v);
        if (valeur.nombre().isPresent()) {
          BigDecimal n = valeur.nombre().get();
          if (n.signum() < 0 || n.compareTo(CENT) > 0) {
            ctx.report(lieu.pointeur("valeurs", v, "nombre"), n, indicateur.libelle(), valeur.type(), valeur.date(),
                indicateur.unite().orElseThrow());
          }
        }
      }
    });
  }

  private static boolean enPourcentage(Indicateur indicateur) {
    return indicateur.nature() == NatureIndicateur.QUANTITATIF
        && indicateur.unite().map(u -> POURCENTAGE.contains(u.strip().toLowerCase(Locale.ROOT)))
            .orElse(false);
  }
}
