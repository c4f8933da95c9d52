package io.clsante.rules.cycle;

import io.clsante.model.Evenement;
import io.clsante.model.StatutContrat;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CLS-CYC-003: the lifecycle events agree with the status and the reference date. */
final class EvenementsSelonLeStatut extends ClsRule {
  /**
   * The kinds of event that record a fact, and so cannot be dated after the reference date: the
   * signatures, an amendment, the expiry, the termination and the renewal. The others (engagement,
   * recruitment, diagnostic, concertation, validation of the programme, entry into force,
   * evaluation, other) may be planned ahead.
   */
  static final Set<TypeEvenement> CONSTATES = EnumSet.of(
      TypeEvenement.SIGNATURE_PREFIGURATION, TypeEvenement.SIGNATURE, TypeEvenement.AVENANT,
      TypeEvenement.ECHEANCE, TypeEvenement.RESILIATION, TypeEvenement.RENOUVELLEMENT);

  EvenementsSelonLeStatut() {
    super("CLS-CYC-003", Severity.WARNING);
  }

  // Arguments: the event's kind and date, the status, the reason in words (a text of the rule:
  // motif.SIGNATURE, motif.RESILIATION, motif.RENOUVELLEMENT or motif.FUTUR) and the reference date.
  @Override
  public void check(RuleContext ctx) {
    StatutContrat statut = ctx.contrat().statut();
    List<Evenement> evenements = ctx.contrat().evenements();
    for (int i = 0; i < evenements.size(); i++) {
      Evenement e = evenements.get(i);
      // One finding per event, for the first reason found.
      Optional<String> motif = Optional.empty();
      if (e.type() == TypeEvenement.SIGNATURE && !statut.isSigne()
          || e.type() == TypeEvenement.RESILIATION && statut != StatutContrat.RESILIE
          || e.type() == TypeEvenement.RENOUVELLEMENT && statut != StatutContrat.RENOUVELE) {
        motif = Optional.of(e.type().code());
      } else if (CONSTATES.contains(e.type()) && e.date().premierJour().isAfter(ctx.today())) {
        motif = Optional.of("FUTUR");
      }
      if (motif.isPresent()) {
        ctx.report(Pointer.of("evenements", i), e.type(), e.date(), statut, new MessageKey(key("motif." + motif.get())),
            ctx.today());
      }
    }
  }
}
