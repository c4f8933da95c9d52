package io.clsante.examples;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.BundleRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * An application rule added through the SPI: in this (fictional) municipality, every fiche action
 * must state its priority. Its texts are in {@code io/clsante/examples/messages.properties}.
 *
 * <p>Register it with {@code ClsValidator.builder().addRule(new ApplicationRule())}, or declare it
 * as a {@code ServiceLoader} service of {@code io.clsante.rules.spi.Rule} and call
 * {@code discoverRules()}.
 */
public final class ApplicationRule extends BundleRule {

  /** Creates the rule {@code EXEMPLE-001}. */
  public ApplicationRule() {
    super("EXEMPLE-001", Severity.WARNING, "io.clsante.examples.messages");
  }

  @Override
  public void check(RuleContext context) {
    for (int a = 0; a < context.contrat().axes().size(); a++) {
      Axe axe = context.contrat().axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        if (fiche.priorite().isEmpty()) {
          context.report(Pointer.of("axes", a, "fiches", f), fiche.code());
        }
      }
    }
  }

  /**
   * Validates the contract of {@link BuildContract} with this rule added and prints the report.
   *
   * @param out where to print
   * @return the report
   */
  public static Report run(PrintStream out) {
    ClsValidator validator = ClsValidator.builder().addRule(new ApplicationRule())
        .referenceDate(LocalDate.of(2026, 11, 22)).build();
    Report report = validator.validate(BuildContract.contrat());
    out.println(report);
    return report;
  }

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
