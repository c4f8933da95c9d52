package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import io.clsante.model.internal.AsciiDigits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A calendar date at the precision a source gives: a day, a month, a quarter, a semester or a year.
 *
 * <p>The text form extends ISO-8601: {@code 2025-11-13} (day), {@code 2025-11} (month),
 * {@code 2025-T4} (fourth quarter), {@code 2025-S2} (second semester), {@code 2025} (year).
 * {@link #parse(CharSequence)} reads exactly what {@link #toString()} prints. Every value covers a
 * span of days from {@link #premierJour()} to {@link #dernierJour()}.
 *
 * <p>Years are limited to 1900-2199, which covers every contract. Immutable and thread-safe;
 * ordered by first day, then by precision from the finest.
 */
@JsonString(pattern = "^(?:(?:(?:19|20|21)[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29)|(?:19|20|21)[0-9]{2}(?:-(?:0[1-9]|1[0-2]|T[1-4]|S[12]))?)$")
@Description(value = "Date à la précision de la source, année 1900 à 2199 : jour AAAA-MM-JJ (date réelle), "
    + "mois AAAA-MM, trimestre AAAA-T1 à T4, semestre AAAA-S1 ou S2, ou année AAAA.",
    examples = {"\"2025-11-13\"", "\"2025-11\"", "\"2025-T4\"", "\"2026-S2\"", "\"2029\""})
public final class DateCalendaire implements Comparable<DateCalendaire> {

  private final PrecisionDate precision;
  private final LocalDate premierJour;
  private final LocalDate dernierJour;

  private DateCalendaire(PrecisionDate precision, LocalDate premierJour, LocalDate dernierJour) {
    this.precision = precision;
    this.premierJour = premierJour;
    this.dernierJour = dernierJour;
  }

  /**
   * Returns a date at day precision.
   *
   * @param jour the day
   * @return the date
   * @throws ClsException if the year is outside 1900-2199
   */
  public static DateCalendaire jour(LocalDate jour) {
    checkYear(Objects.requireNonNull(jour, "jour").getYear(), jour::toString);
    return new DateCalendaire(PrecisionDate.JOUR, jour, jour);
  }

  /**
   * Returns a date at month precision.
   *
   * @param mois the month
   * @return the date covering the whole month
   * @throws ClsException if the year is outside 1900-2199
   */
  public static DateCalendaire mois(YearMonth mois) {
    checkYear(Objects.requireNonNull(mois, "mois").getYear(), mois::toString);
    return new DateCalendaire(PrecisionDate.MOIS, mois.atDay(1), mois.atEndOfMonth());
  }

  /**
   * Returns a date at quarter precision.
   *
   * @param annee the year, 1900-2199
   * @param trimestre the quarter, 1-4
   * @return the date covering the whole quarter
   * @throws ClsException if a value is out of range
   */
  public static DateCalendaire trimestre(int annee, int trimestre) {
    checkYear(annee, () -> annee + "-T" + trimestre);
    if (trimestre < 1 || trimestre > 4) {
      throw new ClsException("Trimestre invalide " + trimestre + " : 1 à 4 attendu");
    }
    YearMonth first = YearMonth.of(annee, 3 * trimestre - 2);
    return new DateCalendaire(
        PrecisionDate.TRIMESTRE, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * Returns a date at semester precision.
   *
   * @param annee the year, 1900-2199
   * @param semestre the semester, 1 or 2
   * @return the date covering the whole semester
   * @throws ClsException if a value is out of range
   */
  public static DateCalendaire semestre(int annee, int semestre) {
    checkYear(annee, () -> annee + "-S" + semestre);
    if (semestre < 1 || semestre > 2) {
      throw new ClsException("Semestre invalide " + semestre + " : 1 ou 2 attendu");
    }
    YearMonth first = YearMonth.of(annee, 6 * semestre - 5);
    return new DateCalendaire(
        PrecisionDate.SEMESTRE, first.atDay(1), first.plusMonths(5).atEndOfMonth());
  }

  /**
   * Returns a date at year precision.
   *
   * @param annee the year, 1900-2199
   * @return the date covering the whole year
   * @throws ClsException if the year is out of range
   */
  public static DateCalendaire annee(int annee) {
    checkYear(annee, () -> Integer.toString(annee));
    return new DateCalendaire(
        PrecisionDate.ANNEE, LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31));
  }

  /**
   * Reads a date in one of the forms {@code 2025-11-13}, {@code 2025-11}, {@code 2025-T4},
   * {@code 2025-S2} or {@code 2025}.
   *
   * @param text the text
   * @return the date
   * @throws ClsException if the text has none of these forms or names no real day, month or year
   */
  @JsonCreator
  public static DateCalendaire parse(CharSequence text) {
    if (text == null) {
      throw new ClsException("Date calendaire absente");
    }
    // The forms, read by hand: AAAA, AAAA-MM, AAAA-Tn, AAAA-Sn, AAAA-MM-JJ (ASCII digits).
    int length = text.length();
    int year = length >= 4 ? AsciiDigits.value(text, 0, 4) : -1;
    int month = -1;
    int day = -1;
    int quarter = -1;
    int half = -1;
    boolean form = year >= 0 && (length == 4 || text.charAt(4) == '-');
    if (form && length == 7) {
      char kind = text.charAt(5);
      char n = text.charAt(6);
      if (kind == 'T' && n >= '1' && n <= '4') {
        quarter = n - '0';
      } else if (kind == 'S' && (n == '1' || n == '2')) {
        half = n - '0';
      } else {
        month = AsciiDigits.value(text, 5, 7);
        form = month >= 0;
      }
    } else if (form && length == 10) {
      month = AsciiDigits.value(text, 5, 7);
      day = text.charAt(7) == '-' ? AsciiDigits.value(text, 8, 10) : -1;
      form = month >= 0 && day >= 0;
    } else if (length != 4) {
      form = false;
    }
    if (!form) {
      throw new ClsException(
          "Date calendaire invalide « " + text
              + " » : AAAA-MM-JJ, AAAA-MM, AAAA-T1 à T4, AAAA-S1 ou S2, ou AAAA attendu");
    }
    try {
      if (day >= 0) {
        return jour(LocalDate.of(year, month, day));
      } else if (month >= 0) {
        return mois(YearMonth.of(year, month));
      } else if (quarter >= 0) {
        return trimestre(year, quarter);
      } else if (half >= 0) {
        return semestre(year, half);
      }
      return annee(year);
    } catch (DateTimeException e) {
      throw new ClsException("Date calendaire invalide « " + text + " » : " + e.getMessage(), e);
    }
  }

  /** Refuses a year outside 1900-2199, naming the date as written: the text is made only then. */
  private static void checkYear(int year, Supplier<String> text) {
    if (year < 1900 || year > 2199) {
      throw new ClsException("Date calendaire invalide « " + text.get() + " » : année 1900 à 2199 attendue");
    }
  }

  /**
   * Returns the precision of this date.
   *
   * @return day, month, quarter, semester or year
   */
  public PrecisionDate precision() {
    return precision;
  }

  /**
   * Returns the first day this date covers.
   *
   * @return the first day, for example 2025-10-01 for {@code 2025-T4}
   */
  public LocalDate premierJour() {
    return premierJour;
  }

  /**
   * Returns the last day this date covers.
   *
   * @return the last day, for example 2025-12-31 for {@code 2025-T4}
   */
  public LocalDate dernierJour() {
    return dernierJour;
  }

  /**
   * Prints this date in the form {@link #parse(CharSequence)} reads.
   *
   * @return for example {@code 2025-T4}
   */
  @JsonValue
  @Override
  public String toString() {
    int y = premierJour.getYear();
    switch (precision) {
      case JOUR:
        return premierJour.toString();
      case MOIS:
        return YearMonth.from(premierJour).toString();
      case TRIMESTRE:
        return y + "-T" + ((premierJour.getMonthValue() + 2) / 3);
      case SEMESTRE:
        return y + "-S" + ((premierJour.getMonthValue() + 5) / 6);
      default:
        return Integer.toString(y);
    }
  }

  @Override
  public int compareTo(DateCalendaire other) {
    int c = premierJour.compareTo(other.premierJour);
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateCalendaire d && d.precision == precision && d.premierJour.equals(premierJour);
  }

  @Override
  public int hashCode() {
    return premierJour.hashCode() * 31 + precision.hashCode();
  }
}
