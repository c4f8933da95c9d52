package io.clsante.rules.financements;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.FicheAction;
import io.clsante.model.Montant;
import io.clsante.model.Operation;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-FIN-001: amounts, budgets and the coordination's FTE are not negative. */
final class MontantsPositifsOuNuls extends ClsRule {
  MontantsPositifsOuNuls() {
    super("CLS-FIN-001", Severity.ERROR);
  }

  // Arguments: what is negative, named by a text of the rule (objet.montant, objet.budgetPrevisionnel,
  // objet.budget or objet.etp), the value, then the fiche's code and the funding's name or the
  // operation's title, which that text shows.
  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        for (int n = 0; n < fiche.financements().size(); n++) {
          Optional<Montant> montant = fiche.financements().get(n).montant();
          if (negatif(montant)) {
            ctx.report(Pointer.of("axes", a, "fiches", f, "financements", n, "montant", "valeur"), objet("montant"),
                montant.get(), fiche.code(), MontantSelonLeStatut.designation(ctx, fiche.financements().get(n), n));
          }
        }
        if (negatif(fiche.budgetPrevisionnel())) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "budgetPrevisionnel", "valeur"), objet("budgetPrevisionnel"),
              fiche.budgetPrevisionnel().get(), fiche.code());
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          Operation operation = fiche.operations().get(o);
          if (negatif(operation.budget())) {
            ctx.report(Pointer.of("axes", a, "fiches", f, "operations", o, "budget", "valeur"), objet("budget"),
                operation.budget().get(), fiche.code(), operation.intitule());
          }
        }
      }
    }
    c.coordination().flatMap(Coordination::etp).filter(etp -> etp.signum() < 0)
        .ifPresent(etp -> ctx.report(Pointer.of("coordination", "etp"), objet("etp"), etp));
  }

  // Tested before the pointer of a finding is written: most amounts are not negative.
  private static boolean negatif(Optional<Montant> montant) {
    return montant.isPresent() && montant.get().valeur().signum() < 0;
  }

  private MessageKey objet(String propriete) {
    return new MessageKey(key("objet." + propriete));
  }
}
