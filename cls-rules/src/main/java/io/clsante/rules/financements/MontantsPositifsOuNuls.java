package io.clsante.rules.financements;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Montant;
import io.clsante.model.Operation;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** CLS-FIN-001: amounts, budgets and the coordination's FTE are not negative. */
final class MontantsPositifsOuNuls extends ClsRule {
  MontantsPositifsOuNuls() {
    super("CLS-FIN-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        for (int n = 0; n < fiche.financements().size(); n++) {
          Optional<Montant> montant = fiche.financements().get(n).montant();
          if (negatif(montant)) {
            report(ctx, montant, "montant", fiche,
                MontantSelonLeStatut.designation(ctx, fiche.financements().get(n), n),
                "axes", a, "fiches", f, "financements", n, "montant", "valeur");
          }
        }
        if (negatif(fiche.budgetPrevisionnel())) {
          report(ctx, fiche.budgetPrevisionnel(), "budgetPrevisionnel", fiche, "",
              "axes", a, "fiches", f, "budgetPrevisionnel", "valeur");
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          Operation operation = fiche.operations().get(o);
          if (negatif(operation.budget())) {
            report(ctx, operation.budget(), "budget", fiche, operation.intitule(),
                "axes", a, "fiches", f, "operations", o, "budget", "valeur");
          }
        }
      }
    }
    // Ifs rather than an optional chain of lambdas, which a fresh JVM would link first.
    if (c.coordination().isPresent() && c.coordination().get().etp().isPresent()) {
      BigDecimal etp = c.coordination().get().etp().get();
      if (etp.signum() < 0) {
        ctx.report(Pointer.of("coordination", "etp"), "etp", etp.toPlainString(), "", "");
      }
    }
  }

  // Tested before the designation and the pointer of a finding are written: most amounts are
  // not negative.
  private static boolean negatif(Optional<Montant> montant) {
    return montant.isPresent() && montant.get().valeur().signum() < 0;
  }

  private static void report(RuleContext ctx, Optional<Montant> montant, String propriete,
      FicheAction fiche, String nom, Object... chemin) {
    BigDecimal valeur = montant.get().valeur();
    ctx.report(Pointer.of(chemin), propriete, valeur.toPlainString(), fiche.code(), nom);
  }

  // Arguments: the property (montant, budgetPrevisionnel, budget or etp), the value as a plain
  // number, the fiche's code and the funding's name or the operation's title. The message names the place in words and
  // writes the value in euros (a plain number for etp) for its language.
  @Override
  public String message(Locale locale, List<String> arguments) {
    if (arguments.size() < 4) {
      return super.message(locale, arguments);
    }
    String propriete = arguments.get(0);
    String lieu;
    try {
      lieu = format(text(locale, id() + ".objet." + propriete), arguments);
    } catch (MissingResourceException e) {
      lieu = propriete;
    }
    String valeur = "etp".equals(propriete)
        ? Chiffres.nombre(arguments.get(1), locale)
        : Chiffres.montant(arguments.get(1), locale);
    return super.message(locale, List.of(lieu, valeur));
  }
}
