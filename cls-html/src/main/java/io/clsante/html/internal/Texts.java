package io.clsante.html.internal;

import io.clsante.model.CodeList;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Montant;
import io.clsante.model.Periode;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the page in its language, and the formats of its dates, numbers and amounts. One
 * rendering uses one instance, which is not thread-safe: it keeps the message formats it has
 * parsed.
 */
public final class Texts {
  private static final Currency EURO = Currency.getInstance("EUR");
  private final Locale locale;
  private final Locale formats;
  private final ResourceBundle bundle;
  private final Map<String, MessageFormat> patterns = new HashMap<>();

  Texts(Locale locale) {
    this.locale = locale;
    this.formats = locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE;
    this.bundle = ResourceBundle.getBundle("io.clsante.html.internal.messages", locale);
  }

  /**
   * Returns the language of the page.
   *
   * @return {@code fr} or {@code en}
   */
  public String lang() {
    return locale.getLanguage();
  }

  /**
   * Returns a text of the page.
   *
   * @param key its key in the bundle
   * @param args its arguments, if it has any
   * @return the text
   */
  public String t(String key, Object... args) {
    if (args.length == 0) {
      return bundle.getString(key);
    }
    return patterns.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), formats)).format(args);
  }

  /**
   * Returns the label of a code-list value.
   *
   * @param value the value
   * @return its label in the page's language
   */
  public String code(CodeList value) {
    return value.label(locale);
  }

  /**
   * Writes a label in lower case, to use it inside a sentence.
   *
   * @param label the label
   * @return for example {@code mois} for {@code Mois}
   */
  public String lower(String label) {
    return label.toLowerCase(locale);
  }

  /**
   * Formats a whole number.
   *
   * @param n the number
   * @return for example {@code 12 345} or {@code 12,345}
   */
  public String integer(long n) {
    return NumberFormat.getIntegerInstance(formats).format(n);
  }

  /**
   * Formats a decimal number as written, with the grouping of the language.
   *
   * @param n the number
   * @return for example {@code 1 234,5}
   */
  public String number(BigDecimal n) {
    NumberFormat f = NumberFormat.getNumberInstance(formats);
    f.setMaximumFractionDigits(Math.max(0, n.scale()));
    return f.format(n);
  }

  /**
   * Formats a sum of euros.
   *
   * @param euros the sum
   * @return for example {@code 15 000 €} or {@code €15,000}
   */
  public String euros(BigDecimal euros) {
    NumberFormat f = NumberFormat.getCurrencyInstance(formats);
    f.setCurrency(EURO);
    f.setMaximumFractionDigits(euros.stripTrailingZeros().scale() > 0 ? 2 : 0);
    f.setMinimumFractionDigits(euros.stripTrailingZeros().scale() > 0 ? 2 : 0);
    return f.format(euros);
  }

  /**
   * Formats an amount: the sum, its tax basis and what it applies to.
   *
   * @param m the amount
   * @return for example {@code 15 000 € TTC, par an}
   */
  public String montant(Montant m) {
    StringBuilder s = new StringBuilder(m.valeur().map(this::euros).orElseGet(() -> range(m)));
    m.taxe().ifPresent(t -> s.append(' ').append(t.code()));
    m.unite().ifPresent(u -> s.append(", ").append(code(u)));
    m.uniteLibelle().ifPresent(u -> s.append(", ").append(u));
    return s.toString();
  }

  /** An amount given as a range, or as one of its bounds: {@code 8 000 € – 10 000 €}, {@code ≥ 8 000 €}. */
  private String range(Montant m) {
    if (m.minimum().isPresent() && m.maximum().isPresent()) {
      return euros(m.minimum().get()) + " – " + euros(m.maximum().get());
    }
    return m.minimum().map(v -> "≥ " + euros(v)).orElseGet(() -> m.maximum().map(v -> "≤ " + euros(v)).orElse(""));
  }

  /**
   * Returns the sum an amount counts for in a chart: its value, else the lower bound of its range
   * (what is certain), else zero.
   *
   * @param m the amount
   * @return the sum
   */
  public static BigDecimal certain(Montant m) {
    return m.valeur().or(m::minimum).orElse(BigDecimal.ZERO);
  }

  /**
   * Formats a day.
   *
   * @param day the day
   * @return for example {@code 13 novembre 2025}
   */
  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formats));
  }

  /**
   * Formats a date at its own precision: a day, a month, a quarter, a half-year or a year.
   *
   * @param d the date
   * @return for example {@code T4 2025} or {@code Q4 2025}
   */
  public String date(DateCalendaire d) {
    LocalDate first = d.premierJour();
    switch (d.precision()) {
      case JOUR:
        return date(first);
      case MOIS:
        return first.format(DateTimeFormatter.ofPattern("LLLL yyyy", formats));
      case TRIMESTRE:
        return t("date.quarter", (first.getMonthValue() + 2) / 3, Integer.toString(first.getYear()));
      case SEMESTRE:
        return t("date.half", (first.getMonthValue() + 5) / 6, Integer.toString(first.getYear()));
      default:
        return Integer.toString(first.getYear());
    }
  }

  /**
   * Formats a period: its bounds at their precision, or "not before" its start.
   *
   * @param p the period
   * @return for example {@code T1 2026 – T3 2027} or {@code pas avant S1 2026}
   */
  public String periode(Periode p) {
    if (p.pasAvant()) {
      return t("period.notBefore", date(p.debut()));
    }
    return p.fin().map(f -> t("period.range", date(p.debut()), date(f))).orElseGet(() -> date(p.debut()));
  }
}
