package io.clsante.rules.financements;

import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.StatutFinancement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
import java.util.Locale;

/** CLS-FIN-002: a funding A_DEFINIR has no amount; an ACQUIS or PREVISIONNEL funding has one. */
final class MontantSelonLeStatut extends ClsRule {
  MontantSelonLeStatut() {
    super("CLS-FIN-002", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      FicheAction fiche = p.fiche();
      for (int n = 0; n < fiche.financements().size(); n++) {
        Financement fin = fiche.financements().get(n);
        boolean aDefinir = fin.statut() == StatutFinancement.A_DEFINIR;
        if (aDefinir == fin.montant().isPresent()) {
          ctx.report(p.pointer("financements", n), fin.statut().name(), fiche.code(), designation(ctx, fin, n),
              fin.montant().map(m -> m.valeur().toPlainString()).orElse(""));
        }
      }
    }
  }

  // Also used by CLS-FIN-001. A funding is named by its funder's name, else its funder's id (unknown ids are CLS-REF-002's
  // business), else its label, else its rank.
  static String designation(RuleContext ctx, Financement fin, int rang) {
    return fin.financeur().map(id -> ctx.acteur(id).map(acteur -> acteur.nom()).orElse(id))
        .or(() -> fin.libelle())
        .orElse("#" + (rang + 1));
  }

  // Arguments: the status, the fiche's code, the funding's name and its amount as a plain number,
  // empty when absent; the message says "has an amount (…)" or "has no amount" in its language.
  @Override
  public String message(Locale locale, List<String> arguments) {
    if (arguments.size() < 4) {
      return super.message(locale, arguments);
    }
    String montant = arguments.get(3);
    String etat = montant.isEmpty()
        ? text(locale, id() + ".sansMontant")
        : format(text(locale, id() + ".avecMontant"), List.of(Chiffres.montant(montant, locale)));
    return super.message(locale, List.of(arguments.get(0), arguments.get(1), arguments.get(2), etat));
  }
}
