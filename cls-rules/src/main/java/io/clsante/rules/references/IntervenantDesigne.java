package io.clsante.rules.references;

import io.clsante.model.Intervenant;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CLS-REF-003: an intervenant (lead actor, partner, funder) names exactly one of an actor, a category
 * in the contract's words, or the contract itself or its coordination.
 */
final class IntervenantDesigne extends ClsRule {
  IntervenantDesigne() {
    super("CLS-REF-003", Severity.ERROR);
  }

  // Argument: how many of the three it names (0, 2 or 3).
  @Override
  public void check(RuleContext ctx) {
    Intervenants.parcourir(ctx, (intervenant, pointer) -> {
      long designations = designations(intervenant);
      if (designations != 1) {
        ctx.report(pointer.get(), designations);
      }
    });
  }

  private static long designations(Intervenant i) {
    return Stream.of(i.acteur(), i.libelle(), i.cls()).filter(Optional::isPresent).count();
  }
}
