package io.clsante.schema;

import io.clsante.model.DateCalendaire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Strings to try a pattern of the schema on, for the Java type it stands for: exhaustively where the
 * format is short, seeded random strings near the format otherwise, and always tricky ones (a
 * trailing line feed, a leading space, lower case, non-ASCII digits, the empty string); and what the
 * model makes of each.
 */
final class PatternSamples {
  private static final List<String> TRICKY = List.of(
      "", " ", "\n", "\t", "-", "0", "00", "a", "A", "é", "１２", "٣٢", "\u00a0", "\uD83D\uDE00");

  private PatternSamples() {}

  /**
   * What the model reads, for each format: the type's parse, or {@code @NotBlank} for a text.
   *
   * @param type the type, or {@link NotBlank} for the texts that must not be blank
   * @return true for a string the model reads as a value of the type
   */
  static Predicate<String> readByModel(Class<?> type) {
    if (type == Siren.class) {
      return Siren::isValid;
    }
    if (type == Siret.class) {
      return Siret::isValid;
    }
    return shapeAcceptedByModel(type);
  }

  /**
   * What the model accepts as the shape of each format, which a pattern can state. For SIREN and
   * SIRET, whose check digits no regular expression can compute, a string has the shape when some
   * choice of its check digits makes it valid: the schema checks the shape, the model the digits.
   *
   * @param type the type, or {@link NotBlank} for the texts that must not be blank
   * @return true for a string of the shape
   */
  static Predicate<String> shapeAcceptedByModel(Class<?> type) {
    if (type == Siren.class) {
      return s -> s.length() == 9 && digits(s) && anyDigit(d -> Siren.isValid(s.substring(0, 8) + d));
    }
    if (type == Siret.class) {
      return s -> s.length() == 14 && digits(s) && anyDigit(d1 -> anyDigit(d2 ->
          Siret.isValid(s.substring(0, 8) + d1 + s.substring(9, 13) + d2)));
    }
    if (type == Finess.class) {
      return Finess::isValid;
    }
    if (type == Rna.class) {
      return Rna::isValid;
    }
    if (type == CodeCommune.class) {
      return CodeCommune::isValid;
    }
    if (type == CodeDepartement.class) {
      return CodeDepartement::isValid;
    }
    if (type == CodeRegion.class) {
      return CodeRegion::isValid;
    }
    if (type == DateCalendaire.class) {
      return s -> {
        try {
          DateCalendaire.parse(s);
          return true;
        } catch (RuntimeException e) {
          return false;
        }
      };
    }
    if (type == LocalDate.class) {
      // What the model writes for a day of years 0000 to 9999: ISO 8601, AAAA-MM-JJ.
      return s -> {
        try {
          LocalDate.parse(s);
          return s.length() == 10;
        } catch (DateTimeParseException e) {
          return false;
        }
      };
    }
    if (type == NotBlank.class) {
      // Bean Validation's @NotBlank: something is left once the characters up to the space are trimmed.
      return s -> !s.trim().isEmpty();
    }
    throw new IllegalArgumentException("No format for " + type);
  }

  static Set<String> samples(Class<?> type) {
    Set<String> out = new LinkedHashSet<>(TRICKY);
    Random random = new Random(type.getName().hashCode());
    String name = type.getSimpleName();
    switch (name) {
      case "CodeCommune":
        // Every department part, each with digits or letters in the three last places.
        for (String department : strings("0123456789AB", 2)) {
          for (String rest : strings("09AB", 3)) {
            out.add(department + rest);
          }
        }
        randomStrings(out, random, "0123456789ABCab ", 0, 7, 5_000);
        out.addAll(List.of("2A004", "2B033", "97411", "98735", "96000", "20004", "2C004", "2a004"));
        break;
      case "CodeDepartement":
        for (int n = 1; n <= 3; n++) {
          exhaustive(out, "0123456789AB", n);
        }
        randomStrings(out, random, "0123456789AB", 4, 4, 1_000);
        randomStrings(out, random, "0123456789ABCab ", 0, 5, 2_000);
        break;
      case "CodeRegion":
        for (int n = 1; n <= 3; n++) {
          exhaustive(out, "0123456789AB", n);
        }
        break;
      case "Finess":
        randomStrings(out, random, "0123456789AB", 8, 10, 10_000);
        randomStrings(out, random, "0123456789ABCa ", 0, 11, 5_000);
        out.addAll(List.of("320000011", "2A0000014", "2B0000014", "2C0000014", "A20000014"));
        break;
      case "Rna":
        randomStrings(out, random, "W0123456789ABZ", 9, 11, 10_000);
        randomStrings(out, random, "Ww0123456789Za ", 0, 12, 5_000);
        out.addAll(List.of("W323000123", "W32300012Z", "w323000123", "W32300012a", "X323000123"));
        break;
      case "Siren":
        randomStrings(out, random, "0123456789", 8, 10, 3_000);
        randomStrings(out, random, "0123456789A ", 0, 11, 1_000);
        out.addAll(List.of("200035756", "200035757", "20003575", "2000357560"));
        break;
      case "Siret":
        randomStrings(out, random, "0123456789", 13, 15, 2_000);
        randomStrings(out, random, "0123456789A ", 0, 15, 500);
        out.addAll(List.of("20003575600010", "35600000000048", "2000357560001"));
        break;
      case "DateCalendaire":
        // Every month and day of the years at the bounds and of the leap-year rules...
        for (String year : List.of("1890", "1899", "1900", "1901", "1904", "1999", "2000", "2001", "2023", "2024",
            "2096", "2099", "2100", "2104", "2199", "2200", "2210", "0000", "1000", "9999", "190", "20250")) {
          dates(out, year);
        }
        // ... and the days that tell a leap year, and the other forms, for every year around the range.
        for (int year = 1890; year <= 2210; year++) {
          for (String rest : List.of("", "-02-28", "-02-29", "-02-30", "-12-31", "-13", "-T1", "-T5", "-S2")) {
            out.add(String.format("%04d", year) + rest);
          }
        }
        break;
      case "LocalDate":
        for (int year : new int[] {0, 1, 4, 100, 400, 1600, 1700, 1899, 1900, 1904, 2000, 2023, 2024, 2100,
            2400, 9996, 9999}) {
          dates(out, String.format("%04d", year));
        }
        out.addAll(List.of("2025-01-01T10:00", "+2025-01-01", "-0001-01-01", "20250101", "2025-1-01"));
        break;
      case "NotBlank":
        String pieces = " \t\n\r\u0000\u001f\u0020\u0021a\u00a0\u2003é";
        for (int n = 1; n <= 3; n++) {
          exhaustive(out, pieces, n);
        }
        break;
      default:
        throw new IllegalArgumentException("No samples for " + name);
    }
    // The same strings with a trailing line feed or a leading space: anchors must hold in every engine.
    for (String s : new ArrayList<>(out)) {
      if (s.length() <= 12 && random.nextInt(8) == 0) {
        out.add(s + "\n");
        out.add(" " + s);
      }
    }
    return out;
  }

  /** A year, alone, with every month 00-13, every day 00-32 of them, and every quarter and semester. */
  private static void dates(Set<String> out, String year) {
    out.add(year);
    for (int m = 0; m <= 13; m++) {
      String month = year + "-" + String.format("%02d", m);
      out.add(month);
      out.add(month + "\n");
      for (int d = 0; d <= 32; d++) {
        out.add(month + "-" + String.format("%02d", d));
      }
      out.add(month + "-1");
    }
    for (int q = 0; q <= 5; q++) {
      out.add(year + "-T" + q);
      out.add(year + "-S" + q);
    }
    out.add(year + "-t1");
    out.add(year + "-Q1");
    out.add(year + "-T1\n");
  }

  private static Set<String> strings(String alphabet, int length) {
    Set<String> out = new LinkedHashSet<>();
    exhaustive(out, alphabet, length);
    return out;
  }

  private static void exhaustive(Set<String> out, String alphabet, int length) {
    int[] index = new int[length];
    char[] chars = new char[length];
    while (true) {
      for (int i = 0; i < length; i++) {
        chars[i] = alphabet.charAt(index[i]);
      }
      out.add(new String(chars));
      int i = length - 1;
      while (i >= 0 && ++index[i] == alphabet.length()) {
        index[i--] = 0;
      }
      if (i < 0) {
        return;
      }
    }
  }

  private static void randomStrings(Set<String> out, Random random, String alphabet, int min, int max, int count) {
    for (int n = 0; n < count; n++) {
      int length = min + random.nextInt(max - min + 1);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(sb.toString());
    }
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private interface DigitTest {
    boolean test(char digit);
  }

  private static boolean anyDigit(DigitTest test) {
    for (char d = '0'; d <= '9'; d++) {
      if (test.test(d)) {
        return true;
      }
    }
    return false;
  }
}
