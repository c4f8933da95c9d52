package io.clsante.rules.financements;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes the amounts, shares and numbers of the findings the way each language does:
 * {@code 1 500,00 €} and {@code 99,5 %} in French, {@code €1,500.00} and {@code 99.5%} in English.
 *
 * <p>The findings carry plain numbers ({@code 1500.00}), which stay readable by programs; the
 * rules format them when they render a message. The symbols are fixed here rather than taken from
 * the JDK's locale data, so messages do not change with the JDK. Text that is not a number is
 * returned as it is.
 */
final class Chiffres {
  private static final char ESPACE_FINE = '\u202f';
  private static final char ESPACE_INSECABLE = '\u00a0';

  private Chiffres() {}

  static String montant(String nombre, Locale locale) {
    BigDecimal n = lire(nombre);
    if (n == null) {
      return nombre;
    }
    String chiffres = format(n.abs(), locale, 2);
    String signe = n.signum() < 0 ? "-" : "";
    return anglais(locale) ? signe + "€" + chiffres : signe + chiffres + ESPACE_INSECABLE + "€";
  }

  static String pourcentage(String nombre, Locale locale) {
    BigDecimal n = lire(nombre);
    if (n == null) {
      return nombre;
    }
    String chiffres = format(n, locale, 0);
    return anglais(locale) ? chiffres + "%" : chiffres + ESPACE_INSECABLE + "%";
  }

  static String nombre(String nombre, Locale locale) {
    BigDecimal n = lire(nombre);
    return n == null ? nombre : format(n, locale, 0);
  }

  private static String format(BigDecimal n, Locale locale, int decimalesMin) {
    DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symboles.setGroupingSeparator(anglais(locale) ? ',' : ESPACE_FINE);
    symboles.setDecimalSeparator(anglais(locale) ? '.' : ',');
    symboles.setMinusSign('-');
    DecimalFormat f = new DecimalFormat("#,##0", symboles);
    f.setMinimumFractionDigits(decimalesMin);
    // Never round an amount away: show every decimal the document has.
    f.setMaximumFractionDigits(Math.max(decimalesMin, n.stripTrailingZeros().scale()));
    return f.format(n);
  }

  private static BigDecimal lire(String nombre) {
    try {
      return new BigDecimal(nombre);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean anglais(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
