package io.clsante.rules.cycle;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/** CLS-CYC-001: once signed, a contract has signatories and a period. */
final class ContratSigneComplet extends ClsRule {
  ContratSigneComplet() {
    super("CLS-CYC-001", Severity.WARNING);
  }

  // One finding per missing item; the plan of axes is CLS-AXE-001's business.
  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (!c.statut().isSigne()) {
      return;
    }
    if (c.signataires().isEmpty()) {
      ctx.report(Pointer.of("signataires"), c.statut().name(), "signataires");
    }
    if (c.periode().isEmpty()) {
      ctx.report(Pointer.of("periode"), c.statut().name(), "periode");
    }
  }

  // Arguments: the status and the missing property (signataires or periode), named in words.
  @Override
  public String message(Locale locale, List<String> arguments) {
    if (arguments.size() < 2) {
      return super.message(locale, arguments);
    }
    String manque;
    try {
      manque = text(locale, id() + ".manque." + arguments.get(1));
    } catch (MissingResourceException e) {
      manque = arguments.get(1);
    }
    return super.message(locale, List.of(arguments.get(0), manque, arguments.get(1)));
  }
}
