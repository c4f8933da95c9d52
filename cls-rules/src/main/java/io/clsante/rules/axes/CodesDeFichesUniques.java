package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** CLS-AXE-003: fiche codes are unique across the contract, ignoring case and spaces. */
final class CodesDeFichesUniques extends ClsRule {
  CodesDeFichesUniques() {
    super("CLS-AXE-003", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    Map<String, FicheAction> premieres = new HashMap<>();
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        FicheAction premiere = premieres.putIfAbsent(normalise(fiche.code()), fiche);
        if (premiere != null) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "code"), fiche.code(), premiere.code(),
              premiere.intitule());
        }
      }
    }
  }

  /** "FA 1.2", " fa1.2 " and "FA\u00a01.2" (a no-break space, common in French text) are one code. */
  static String normalise(String code) {
    StringBuilder sb = new StringBuilder(code.length());
    code.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
