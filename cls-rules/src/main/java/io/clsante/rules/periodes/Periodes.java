package io.clsante.rules.periodes;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Periode;
import io.clsante.model.TypeEvenement;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the period rules read the same way from a {@link Periode}.
 *
 * <p>A bound at a precision coarser than the day ("2025", "2025-T4") says that the period starts,
 * or ends, somewhere in that span. The rules report what is <em>certainly</em> wrong whatever the
 * day in the span, never what is only possibly wrong: a period starts at the latest on the last day
 * of its {@code debut} (never, for a "pas avant" period, whose start has no upper bound) and ends at
 * the earliest on the first day of its {@code fin} (of {@code debut} when it has no end).
 */
final class Periodes {
  /** Stands for the missing end of an open-ended period in messages. */
  static final String OUVERTE = "…";

  private Periodes() {}

  /** Tells whether the period ends before it starts, which CLS-PER-001 reports. */
  static boolean inversee(Periode p) {
    Optional<LocalDate> fin = p.dernierJour();
    return fin.isPresent() && fin.get().isBefore(p.premierJour());
  }

  /**
   * Returns the latest day the period can start on: the last day of {@code debut}; empty for a
   * "pas avant" period, which may start at any time after {@code debut}.
   */
  static Optional<LocalDate> debutAuPlusTard(Periode p) {
    return p.pasAvant() ? Optional.empty() : Optional.of(p.debut().dernierJour());
  }

  /**
   * Returns the earliest day the period can end on: the first day of {@code fin}, or of
   * {@code debut} when it has no end; empty for an open-ended period.
   */
  static Optional<LocalDate> finAuPlusTot(Periode p) {
    if (p.fin().isPresent()) {
      return Optional.of(p.fin().get().premierJour());
    }
    return p.pasAvant() ? Optional.empty() : Optional.of(p.debut().premierJour());
  }

  /** Tells whether the period certainly starts before a day, whatever the day of its start. */
  static boolean commenceAvant(Periode p, LocalDate jour) {
    return debutAuPlusTard(p).map(d -> d.isBefore(jour)).orElse(false);
  }

  /** Tells whether the period certainly ends after a day, whatever the day of its end. */
  static boolean finitApres(Periode p, LocalDate jour) {
    return finAuPlusTot(p).map(d -> d.isAfter(jour)).orElse(false);
  }

  /**
   * Returns the first day the préfiguration can have started on: that of the first
   * {@link TypeEvenement#SIGNATURE_PREFIGURATION} event, when the contract lists one.
   */
  static Optional<LocalDate> debutPrefiguration(ContratLocalDeSante c) {
    return c.evenements().stream()
        .filter(e -> e.type() == TypeEvenement.SIGNATURE_PREFIGURATION)
        .map(e -> e.date().premierJour())
        .min(LocalDate::compareTo);
  }

  /**
   * Tells whether a calendar that certainly starts before the contract's period may have started
   * during the préfiguration, which is legitimate (CLS-PER-006) rather than outside the contract
   * (CLS-PER-003).
   */
  static boolean pendantLaPrefiguration(ContratLocalDeSante c, Periode calendrier) {
    Optional<LocalDate> prefiguration = debutPrefiguration(c);
    return prefiguration.isPresent() && !commenceAvant(calendrier, prefiguration.get());
  }

  /** Returns the last day, or {@link #OUVERTE} for an open-ended period. */
  static Object jusquA(Periode p) {
    return fin(p.dernierJour());
  }

  /** Returns the day, or {@link #OUVERTE} for none. */
  static Object fin(Optional<LocalDate> jour) {
    return jour.<Object>map(d -> d).orElse(OUVERTE);
  }
}
