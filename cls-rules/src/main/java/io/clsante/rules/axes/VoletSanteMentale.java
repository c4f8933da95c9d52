package io.clsante.rules.axes;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Periode;
import io.clsante.model.Thematique;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/** CLS-AXE-009: a contract signed since 2022-02-23 has an axis or fiche tagged {@code SANTE_MENTALE}. */
final class VoletSanteMentale extends ClsRule {
  /** The day after the publication of loi n° 2022-217 of 21 February 2022, when it came into force. */
  static final LocalDate LOI_3DS = LocalDate.of(2022, 2, 23);

  VoletSanteMentale() {
    super("CLS-AXE-009", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (!c.statut().isSigne() || c.axes().isEmpty()) {
      return; // a signed contract without axis is CLS-AXE-001's business
    }
    Optional<LocalDate> date = ctx.dateSignature().or(() -> c.periode().map(Periode::premierJour));
    if (date.isEmpty() || date.get().isBefore(LOI_3DS)) {
      return;
    }
    boolean volet = c.axes().stream().anyMatch(axe -> axe.thematiques().contains(Thematique.SANTE_MENTALE)
        || axe.fiches().stream().anyMatch(f -> f.thematiques().contains(Thematique.SANTE_MENTALE)));
    if (!volet) {
      ctx.report(Pointer.of("axes"), date.get());
    }
  }
}
