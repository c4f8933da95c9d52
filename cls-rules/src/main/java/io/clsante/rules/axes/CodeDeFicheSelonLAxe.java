package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CLS-AXE-004: the first number in a fiche's code is the number of its axis ("FA 1.2" in axis 1). */
final class CodeDeFicheSelonLAxe extends ClsRule {
  /** A run of ASCII digits; the group leaves out its leading zeros, but not its last digit. */
  private static final Pattern PREMIER_NOMBRE = Pattern.compile("0*([0-9]+)");

  CodeDeFicheSelonLAxe() {
    super("CLS-AXE-004", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      String numero = Integer.toString(axe.numero());
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        Optional<String> premier = premierNombre(fiche.code());
        if (premier.isPresent() && !premier.get().equals(numero)) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "code"), fiche.code(), premier.get(), axe.numero());
        }
      }
    }
  }

  /**
   * Returns the first run of ASCII digits in a code, without leading zeros ("FA 01.2" gives "1"),
   * compared as text so that no run of digits is too long to read.
   */
  static Optional<String> premierNombre(String code) {
    Matcher m = PREMIER_NOMBRE.matcher(code);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
