package io.clsante.rules.financements;

import io.clsante.model.PartCofinancement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** CLS-FIN-004: the co-funding shares of the coordination post add up to 100 %. */
final class CofinancementsCoordinationA100 extends ClsRule {
  private static final BigDecimal CENT = BigDecimal.valueOf(100);

  CofinancementsCoordinationA100() {
    super("CLS-FIN-004", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    // A loop rather than a stream and lambdas, which a fresh JVM would link first.
    List<PartCofinancement> parts = ctx.contrat().coordination().isPresent()
        ? ctx.contrat().coordination().get().cofinancements() : List.of();
    if (parts.isEmpty()) {
      return;
    }
    BigDecimal somme = BigDecimal.ZERO;
    for (PartCofinancement p : parts) {
      somme = somme.add(p.part());
    }
    if (somme.compareTo(CENT) != 0) {
      ctx.report(Pointer.of("coordination", "cofinancements"), somme.toPlainString());
    }
  }

  // Argument: the sum of the shares as a plain number, written as a percentage for the language.
  @Override
  public String message(Locale locale, List<String> arguments) {
    return super.message(locale, arguments.stream().map(a -> Chiffres.pourcentage(a, locale)).toList());
  }
}
