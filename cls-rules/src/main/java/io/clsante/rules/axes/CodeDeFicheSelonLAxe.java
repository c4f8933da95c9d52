package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.model.NumerotationFiches;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLS-AXE-004: fiche codes follow the contract's numbering scheme. Numbered by axis (or when the
 * scheme is not stated), the first number in a fiche's code is the number of its axis ("FA 1.2" in
 * axis 1); numbered continuously ({@link NumerotationFiches#CONTINUE}), the first numbers run on
 * from one fiche to the next across the contract, and only the first break is reported.
 */
final class CodeDeFicheSelonLAxe extends ClsRule {
  /** A run of ASCII digits; the group leaves out its leading zeros, but not its last digit. */
  private static final Pattern PREMIER_NOMBRE = Pattern.compile("0*([0-9]+)");

  CodeDeFicheSelonLAxe() {
    super("CLS-AXE-004", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.contrat().numerotationFiches().orElse(NumerotationFiches.PAR_AXE) == NumerotationFiches.CONTINUE) {
      continue_(ctx);
      return;
    }
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

  // Continuous numbering: each numbered fiche carries the number after the previous one's, in
  // the order of the document. Codes without digits are left out; numbers too long for a long are
  // not compared.
  private void continue_(RuleContext ctx) {
    BigInteger precedent = null;
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        Optional<String> premier = premierNombre(fiche.code());
        if (premier.isEmpty()) {
          continue;
        }
        BigInteger numero = new BigInteger(premier.get());
        if (precedent != null && !numero.equals(precedent.add(BigInteger.ONE))) {
          ctx.reportWith(key("message.continue"), Pointer.of("axes", a, "fiches", f, "code"),
              fiche.code(), premier.get(), precedent.add(BigInteger.ONE).toString());
          return;
        }
        precedent = numero;
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
