package io.clsante.rules.references;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Instance;
import io.clsante.model.ModalitesEvaluation;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * CLS-REF-005: the governance instance the evaluation clause names is an instance declared in
 * {@code gouvernance}.
 */
final class InstanceDEvaluationDeclaree extends ClsRule {
  InstanceDEvaluationDeclaree() {
    super("CLS-REF-005", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Optional<String> instance = c.clauses().flatMap(cl -> cl.evaluation()).flatMap(ModalitesEvaluation::instance);
    if (instance.isEmpty()) {
      return;
    }
    List<String> declarees = c.gouvernance().map(g -> g.instances().stream().map(Instance::id).toList())
        .orElse(List.of());
    if (!declarees.contains(instance.get())) {
      ctx.report(Pointer.of("clauses", "evaluation", "instance"), instance.get());
    }
  }
}
