package io.clsante.rules.financements;

import io.clsante.model.Coordination;
import io.clsante.model.PartCofinancement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * CLS-FIN-004: the co-funding shares of the coordination post add up to 100 %, when the contract
 * gives every share: a funder named without its share leaves the sum unknown.
 */
final class CofinancementsCoordinationA100 extends ClsRule {
  private static final BigDecimal CENT = BigDecimal.valueOf(100);

  CofinancementsCoordinationA100() {
    super("CLS-FIN-004", Severity.ERROR);
  }

  // Argument: the sum of the shares, in percent.
  @Override
  public void check(RuleContext ctx) {
    List<PartCofinancement> parts = ctx.contrat().coordination().map(Coordination::cofinancements).orElse(List.of());
    if (parts.isEmpty() || parts.stream().anyMatch(p -> p.part().isEmpty())) {
      return;
    }
    BigDecimal somme = parts.stream().map(PartCofinancement::part).map(Optional::get)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (somme.compareTo(CENT) != 0) {
      ctx.report(Pointer.of("coordination", "cofinancements"), somme);
    }
  }
}
