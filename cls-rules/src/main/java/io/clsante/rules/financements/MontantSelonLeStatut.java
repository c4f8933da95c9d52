package io.clsante.rules.financements;

import io.clsante.model.Acteur;
import io.clsante.model.Financement;
import io.clsante.model.Intervenant;
import io.clsante.model.StatutFinancement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.RuleContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * CLS-FIN-002: a funding A_DEFINIR or FINANCEUR_IDENTIFIE has no amount; an ACQUIS or PREVISIONNEL
 * funding has one — in fiches and in their operations.
 */
final class MontantSelonLeStatut extends ClsRule {
  /** The statuses that say the amount is not known. */
  private static final Set<StatutFinancement> SANS_MONTANT =
      EnumSet.of(StatutFinancement.A_DEFINIR, StatutFinancement.FINANCEUR_IDENTIFIE);

  MontantSelonLeStatut() {
    super("CLS-FIN-002", Severity.ERROR);
  }

  // Arguments: the status, the fiche's code (with the operation's title for a funding of an
  // operation), the funding's name, what is wrong ("has an amount", "has no amount") and the amount
  // when there is one.
  @Override
  public void check(RuleContext ctx) {
    for (ListeDeFinancements liste : ListeDeFinancements.toutes(ctx)) {
      for (int n = 0; n < liste.financements().size(); n++) {
        Financement fin = liste.financements().get(n);
        boolean sansMontant = SANS_MONTANT.contains(fin.statut());
        if (sansMontant && fin.montant().isPresent()) {
          ctx.report(liste.pointer("financements", n), fin.statut(), liste.sujet(), designation(ctx, fin, n),
              new MessageKey(key("avecMontant")), fin.montant().get());
        } else if (!sansMontant && fin.montant().isEmpty()) {
          ctx.report(liste.pointer("financements", n), fin.statut(), liste.sujet(), designation(ctx, fin, n),
              new MessageKey(key("sansMontant")));
        }
      }
    }
  }

  // Also used by CLS-FIN-001. A funding is named by its funder: an actor's name, else its id
  // (unknown ids are CLS-REF-002's business), a category's words, or the contract or its
  // coordination (a code, shown as its label); else by its instrument, its label, or its rank.
  static Object designation(RuleContext ctx, Financement fin, int rang) {
    return fin.financeur().flatMap(f -> nom(ctx, f))
        .or(() -> fin.dispositif().map(d -> d.libelle().<Object>map(l -> l).orElse(d.type())))
        .or(() -> fin.libelle().map(l -> l))
        .orElse("#" + (rang + 1));
  }

  private static Optional<Object> nom(RuleContext ctx, Intervenant f) {
    return f.acteur().<Object>map(id -> ctx.acteur(id).map(Acteur::nom).orElse(id))
        .or(() -> f.libelle().map(l -> l))
        .or(() -> f.cls().map(c -> c));
  }
}
