package io.clsante.rules.references;

import io.clsante.model.FicheAction;
import io.clsante.model.Indicateur;
import io.clsante.model.Operation;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-REF-004: the operation an indicator of a fiche measures is an operation of that fiche. */
final class OperationsMesurees extends ClsRule {
  OperationsMesurees() {
    super("CLS-REF-004", Severity.ERROR);
  }

  // Arguments: the operation's id, the indicator's wording, the fiche's code.
  @Override
  public void check(RuleContext ctx) {
    for (FichePlacee p : ctx.fiches()) {
      FicheAction fiche = p.fiche();
      for (int i = 0; i < fiche.indicateurs().size(); i++) {
        Indicateur indicateur = fiche.indicateurs().get(i);
        Optional<String> operation = indicateur.operation();
        if (operation.isPresent() && fiche.operations().stream().map(Operation::id).noneMatch(operation.get()::equals)) {
          ctx.report(p.pointer("indicateurs", i, "operation"), operation.get(), indicateur.libelle(), fiche.code());
        }
      }
    }
  }
}
