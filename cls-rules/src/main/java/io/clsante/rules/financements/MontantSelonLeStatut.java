package io.clsante.rules.financements;

import io.clsante.model.Acteur;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.StatutFinancement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.RuleContext;

/** CLS-FIN-002: a funding A_DEFINIR has no amount; an ACQUIS or PREVISIONNEL funding has one. */
final class MontantSelonLeStatut extends ClsRule {
  MontantSelonLeStatut() {
    super("CLS-FIN-002", Severity.ERROR);
  }

  // Arguments: the status, the fiche's code, the funding's name, what is wrong ("has an amount",
  // "has no amount") and the amount when there is one.
  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      FicheAction fiche = p.fiche();
      for (int n = 0; n < fiche.financements().size(); n++) {
        Financement fin = fiche.financements().get(n);
        boolean aDefinir = fin.statut() == StatutFinancement.A_DEFINIR;
        if (aDefinir && fin.montant().isPresent()) {
          ctx.report(p.pointer("financements", n), fin.statut(), fiche.code(), designation(ctx, fin, n),
              new MessageKey(key("avecMontant")), fin.montant().get());
        } else if (!aDefinir && fin.montant().isEmpty()) {
          ctx.report(p.pointer("financements", n), fin.statut(), fiche.code(), designation(ctx, fin, n),
              new MessageKey(key("sansMontant")));
        }
      }
    }
  }

  // Also used by CLS-FIN-001. A funding is named by its funder's name, else its funder's id
  // (unknown ids are CLS-REF-002's business), else its label, else its rank.
  static String designation(RuleContext ctx, Financement fin, int rang) {
    return fin.financeur().map(id -> ctx.acteur(id).map(Acteur::nom).orElse(id))
        .or(fin::libelle)
        .orElse("#" + (rang + 1));
  }
}
