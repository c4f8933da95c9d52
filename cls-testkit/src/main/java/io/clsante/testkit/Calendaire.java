package io.clsante.testkit;

import io.clsante.model.DateCalendaire;
import io.clsante.model.PrecisionDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calendar dates of generated contracts at every precision a real contract writes (a day, a month,
 * a quarter, a semester, a year), with the French wording that goes with them.
 */
final class Calendaire {
  private Calendaire() {}

  /** The date at {@code precision} that contains {@code day}. */
  static DateCalendaire contenant(LocalDate day, PrecisionDate precision) {
    return switch (precision) {
      case JOUR -> DateCalendaire.jour(day);
      case MOIS -> DateCalendaire.mois(YearMonth.from(day));
      case TRIMESTRE -> DateCalendaire.trimestre(day.getYear(), (day.getMonthValue() + 2) / 3);
      case SEMESTRE -> DateCalendaire.semestre(day.getYear(), (day.getMonthValue() + 5) / 6);
      case ANNEE -> DateCalendaire.annee(day.getYear());
    };
  }

  /** A date containing {@code day} whose first day is not before {@code min}; a day when no coarser one fits. */
  static DateCalendaire debut(RandomSource rng, LocalDate day, LocalDate min) {
    DateCalendaire d = contenant(day, rng.pickOne(PrecisionDate.values()));
    return d.premierJour().isBefore(min) ? DateCalendaire.jour(day) : d;
  }

  /** A date containing {@code day} whose last day is not after {@code max}; a day when no coarser one fits. */
  static DateCalendaire fin(RandomSource rng, LocalDate day, LocalDate max) {
    DateCalendaire d = contenant(day, rng.pickOne(PrecisionDate.values()));
    return d.dernierJour().isAfter(max) ? DateCalendaire.jour(day) : d;
  }

  /** A date starting exactly on {@code day}, at a precision drawn among those that do. */
  static DateCalendaire commencantLe(RandomSource rng, LocalDate day) {
    List<DateCalendaire> fits = new ArrayList<>();
    for (PrecisionDate p : PrecisionDate.values()) {
      DateCalendaire d = contenant(day, p);
      if (d.premierJour().equals(day)) {
        fits.add(d);
      }
    }
    return rng.pick(fits);
  }

  /** A date ending exactly on {@code day}, at a precision drawn among those that do. */
  static DateCalendaire finissantLe(RandomSource rng, LocalDate day) {
    List<DateCalendaire> fits = new ArrayList<>();
    for (PrecisionDate p : PrecisionDate.values()) {
      DateCalendaire d = contenant(day, p);
      if (d.dernierJour().equals(day)) {
        fits.add(d);
      }
    }
    return rng.pick(fits);
  }

  /** The French wording of a date: « 13 novembre 2025 », « mars 2026 », « dernier trimestre 2025 »… */
  static String libelle(DateCalendaire d) {
    LocalDate p = d.premierJour();
    return switch (d.precision()) {
      case JOUR -> p.getDayOfMonth() + " " + mois(p) + " " + p.getYear();
      case MOIS -> mois(p) + " " + p.getYear();
      case TRIMESTRE -> List.of("premier", "deuxième", "troisième", "dernier").get((p.getMonthValue() - 1) / 3)
          + " trimestre " + p.getYear();
      case SEMESTRE -> (p.getMonthValue() == 1 ? "premier" : "second") + " semestre " + p.getYear();
      case ANNEE -> "année " + p.getYear();
    };
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String mois(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
  }
}
