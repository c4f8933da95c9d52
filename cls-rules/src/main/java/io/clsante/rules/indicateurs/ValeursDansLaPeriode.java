package io.clsante.rules.indicateurs;

import io.clsante.model.Periode;
import io.clsante.model.TypeValeur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/** CLS-IND-005: target and achieved values are dated within the contract period. */
final class ValeursDansLaPeriode extends ClsRule {
  ValeursDansLaPeriode() {
    super("CLS-IND-005", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    Optional<Periode> periode = ctx.contrat().periode();
    // Without a period there is nothing to compare with; an open-ended one only bounds the start.
    // Bounds are included.
    if (periode.isEmpty()) {
      return;
    }
    LocalDate debut = periode.get().premierJour();
    Optional<LocalDate> fin = periode.get().dernierJour();
    // ISO 8601 interval; ".." marks an open end (ISO 8601-2).
    String texte = debut + "/" + fin.map(LocalDate::toString).orElse("..");
    ParcoursIndicateurs.parcourir(ctx.contrat(), (fiche, indicateur, lieu) -> {
      for (int v = 0; v < indicateur.valeurs().size(); v++) {
        ValeurIndicateur valeur = indicateur.valeurs().get(v);
        LocalDate date = valeur.date();
        // A reference value (the baseline) may predate the period; an achieved value dated after the
        // reference date is CLS-IND-004's business.
        if (valeur.type() == TypeValeur.REFERENCE
            || valeur.type() == TypeValeur.REALISE && date.isAfter(ctx.today())) {
          continue;
        }
        if (date.isBefore(debut) || fin.map(date::isAfter).orElse(false)) {
          ctx.report(lieu.pointeur("valeurs", v, "date"), valeur.type(), date, indicateur.libelle(), fiche.code(),
              texte);
        }
      }
    });
  }
}
