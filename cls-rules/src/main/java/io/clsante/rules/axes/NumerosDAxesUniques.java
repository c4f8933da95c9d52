package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CLS-AXE-002: two axes never share a number. */
final class NumerosDAxesUniques extends ClsRule {
  NumerosDAxesUniques() {
    super("CLS-AXE-002", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    List<Axe> axes = ctx.contrat().axes();
    Map<Integer, Axe> premiers = new HashMap<>();
    for (int a = 0; a < axes.size(); a++) {
      Axe axe = axes.get(a);
      Axe premier = premiers.putIfAbsent(axe.numero(), axe);
      if (premier != null) {
        ctx.report(Pointer.of("axes", a, "numero"), axe.numero(), premier.intitule());
      }
    }
  }
}
