package io.clsante.rules.periodes;

import io.clsante.model.Periode;
import java.time.LocalDate;
import java.util.Optional;

/** What the period rules read the same way from a {@link Periode}. */
final class Periodes {
  /** Stands for the missing end of an open-ended period in messages. */
  static final String OUVERTE = "…";

  private Periodes() {}

  /** Tells whether the period ends before it starts, which CLS-PER-001 reports. */
  static boolean inversee(Periode p) {
    Optional<LocalDate> fin = p.dernierJour();
    return fin.isPresent() && fin.get().isBefore(p.premierJour());
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
