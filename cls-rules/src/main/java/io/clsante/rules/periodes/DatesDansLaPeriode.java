package io.clsante.rules.periodes;

import io.clsante.model.Avenant;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Evaluation;
import io.clsante.model.Periode;
import io.clsante.model.TypeEvaluation;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/** CLS-PER-004: amendments and evaluations are dated within the period (a final evaluation up to 2 years after). */
final class DatesDansLaPeriode extends ClsRule {
  /** How long after the contract's end its final evaluation may still run. */
  static final int DELAI_EVALUATION_FINALE_ANS = 2;

  DatesDansLaPeriode() {
    super("CLS-PER-004", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (c.periode().isEmpty() || Periodes.inversee(c.periode().get())) {
      return;
    }
    Periode contrat = c.periode().get();
    LocalDate debut = contrat.premierJour();
    Optional<LocalDate> fin = contrat.dernierJour();
    for (int i = 0; i < c.avenants().size(); i++) {
      Avenant av = c.avenants().get(i);
      int ii = i;
      check(ctx, () -> TypeEvenement.AVENANT.libelle() + " n° " + av.numero(), av.date(), av.date(), debut, fin,
          () -> Pointer.of("avenants", ii, "date"));
    }
    for (int i = 0; i < c.evaluations().size(); i++) {
      Evaluation ev = c.evaluations().get(i);
      if (Periodes.inversee(ev.periode())) {
        continue; // CLS-PER-001
      }
      Optional<LocalDate> limite = ev.type() == TypeEvaluation.FINALE
          ? fin.map(d -> d.plusYears(DELAI_EVALUATION_FINALE_ANS)) : fin;
      // An open-ended evaluation period ("pas avant…") has only its start to check.
      int ii = i;
      check(ctx, () -> ev.type().libelle(), ev.periode().premierJour(),
          ev.periode().dernierJour().orElse(ev.periode().premierJour()), debut, limite,
          () -> Pointer.of("evaluations", ii, "periode"));
    }
  }

  // The subject and the pointer are written only for a finding.
  private static void check(RuleContext ctx, Supplier<String> sujet, LocalDate premier, LocalDate dernier,
      LocalDate debut, Optional<LocalDate> limite, Supplier<String> pointer) {
    if (premier.isBefore(debut)) {
      ctx.report(pointer.get(), sujet.get(), premier, debut, limite.map(Object::toString).orElse(Periodes.OUVERTE));
    } else if (limite.isPresent() && dernier.isAfter(limite.get())) {
      ctx.report(pointer.get(), sujet.get(), dernier, debut, limite.get());
    }
  }
}
