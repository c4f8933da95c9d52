package io.clsante.rules.periodes;

import io.clsante.model.Avenant;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Evaluation;
import io.clsante.model.Periode;
import io.clsante.model.TypeEvaluation;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/** CLS-PER-004: amendments and evaluations are dated within the period (a final evaluation up to 2 years after). */
final class DatesDansLaPeriode extends ClsRule {
  /** How long after the contract's end its final evaluation may still run. */
  static final int DELAI_EVALUATION_FINALE_ANS = 2;

  DatesDansLaPeriode() {
    super("CLS-PER-004", Severity.WARNING);
  }

  /**
   * A date outside the admitted range.
   *
   * @param date the date
   * @param limite the end of the range, or {@link Periodes#OUVERTE} when it has none
   */
  private record HorsDeLaPlage(LocalDate date, Object limite) {}

  // Arguments: what is dated (an amendment, named by a text of the rule that shows its number, the
  // last argument; or an evaluation, named by its type), the date, and the admitted range.
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
      Optional<HorsDeLaPlage> hors = horsDeLaPlage(av.date(), av.date(), debut, fin);
      if (hors.isPresent()) {
        ctx.report(Pointer.of("avenants", i, "date"), new MessageKey(key("avenant")), hors.get().date(), debut,
            hors.get().limite(), av.numero());
      }
    }
    for (int i = 0; i < c.evaluations().size(); i++) {
      Evaluation ev = c.evaluations().get(i);
      if (Periodes.inversee(ev.periode())) {
        continue; // CLS-PER-001
      }
      Optional<LocalDate> limite = ev.type() == TypeEvaluation.FINALE
          ? fin.map(d -> d.plusYears(DELAI_EVALUATION_FINALE_ANS)) : fin;
      // Outside only when certainly so, whatever the days of imprecise bounds: from the latest
      // day it can start to the earliest it can end. An open-ended evaluation period ("pas
      // avant…") is not certainly early, and has no end to check.
      Periode p = ev.periode();
      Optional<HorsDeLaPlage> hors = horsDeLaPlage(Periodes.debutAuPlusTard(p).orElse(debut),
          Periodes.finAuPlusTot(p).orElse(p.premierJour()), debut, limite);
      if (hors.isPresent()) {
        ctx.report(Pointer.of("evaluations", i, "periode"), ev.type(), hors.get().date(), debut, hors.get().limite());
      }
    }
  }

  private static Optional<HorsDeLaPlage> horsDeLaPlage(LocalDate premier, LocalDate dernier, LocalDate debut,
      Optional<LocalDate> limite) {
    if (premier.isBefore(debut)) {
      return Optional.of(new HorsDeLaPlage(premier, Periodes.fin(limite)));
    }
    if (limite.isPresent() && dernier.isAfter(limite.get())) {
      return Optional.of(new HorsDeLaPlage(dernier, limite.get()));
    }
    return Optional.empty();
  }
}
