package io.clsante.rules.financements;

import io.clsante.model.Coordination;
import io.clsante.model.Financement;
import io.clsante.model.Montant;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CLS-FIN-001: amounts (values and bounds of ranges), budgets and the coordination's FTE are not
 * negative, in fiches and in their operations.
 */
final class MontantsPositifsOuNuls extends ClsRule {
  MontantsPositifsOuNuls() {
    super("CLS-FIN-001", Severity.ERROR);
  }

  // Arguments: what is negative, named by a text of the rule (objet.montant, objet.budgetPrevisionnel,
  // objet.budget or objet.etp), the value, then the fiche's code (with the operation's title for a
  // funding of an operation) and the funding's name or the operation's title, which that text shows.
  @Override
  public void check(RuleContext ctx) {
    for (ListeDeFinancements liste : ListeDeFinancements.toutes(ctx)) {
      for (int n = 0; n < liste.financements().size(); n++) {
        Financement fin = liste.financements().get(n);
        if (fin.montant().isPresent()) {
          int rang = n;
          negatifs(fin.montant().get()).forEach((propriete, valeur) -> ctx.report(
              liste.pointer("financements", rang, "montant", propriete), objet("montant"), Montant.of(valeur),
              liste.sujet(), MontantSelonLeStatut.designation(ctx, fin, rang)));
        }
      }
      Optional<Montant> budget = liste.budget();
      if (budget.isPresent()) {
        boolean fiche = liste.operation() < 0;
        String code = liste.fiche().fiche().code();
        negatifs(budget.get()).forEach((propriete, valeur) -> {
          if (fiche) {
            ctx.report(liste.pointer("budgetPrevisionnel", propriete), objet("budgetPrevisionnel"),
                Montant.of(valeur), code);
          } else {
            ctx.report(liste.pointer("budget", propriete), objet("budget"), Montant.of(valeur), code,
                liste.fiche().fiche().operations().get(liste.operation()).intitule());
          }
        });
      }
    }
    ctx.contrat().coordination().flatMap(Coordination::etp).filter(etp -> etp.signum() < 0)
        .ifPresent(etp -> ctx.report(Pointer.of("coordination", "etp"), objet("etp"), etp));
  }

  /** The negative numbers of an amount, by property: most amounts have none. */
  private static Map<String, BigDecimal> negatifs(Montant montant) {
    Map<String, BigDecimal> negatifs = new LinkedHashMap<>();
    montant.valeur().filter(v -> v.signum() < 0).ifPresent(v -> negatifs.put("valeur", v));
    montant.minimum().filter(v -> v.signum() < 0).ifPresent(v -> negatifs.put("minimum", v));
    montant.maximum().filter(v -> v.signum() < 0).ifPresent(v -> negatifs.put("maximum", v));
    return negatifs;
  }

  private MessageKey objet(String propriete) {
    return new MessageKey(key("objet." + propriete));
  }
}
