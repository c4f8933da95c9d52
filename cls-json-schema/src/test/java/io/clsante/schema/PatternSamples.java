package io.clsante.schema;

import io.clsante.model.DateCalendaire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Checks a pattern of the schema against the Java type it stands for, on many strings: exhaustively
 * where the format is short, on seeded random strings near the format otherwise, and always on
 * tricky ones (a trailing line feed, a leading space, lower case, non-ASCII digits, the empty string).
 */
final class PatternSamples {
  private static final List<String> TRICKY = List.of(
      "", " ", "\n", "\t", "-", "0", "00", "a", "A", "é", "１２", "٣٢", "\u00a0", "\uD83D\uDE00");

  private PatternSamples() {}

  /**
   * What the model accepts, for each format. For SIREN and SIRET, whose check digits no regular
   * expression can compute, a string is accepted when some choice of its check digits makes it valid:
   * the schema checks the shape, the reader the digits.
   */
  static Predicate<String> acceptedByModel(Class<?> type) {
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
    throw new IllegalArgumentException("No format for " + type);
  }

  /**
   * Returns how the pattern, run as the validator runs it, disagrees with the model on the samples of
   * the type: at most a few examples each way; empty when they agree on every sample. Results are
   * cached: the model's verdicts per type, the comparison per pattern.
   */
  static List<String> disagreements(Class<?> type, String pattern, Predicate<String> model) {
    return COMPARISONS.computeIfAbsent(type.getName() + "\u0000" + pattern, k -> compare(type, pattern, model));
  }

  private static final Map<String, List<String>> COMPARISONS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Map<String, Boolean>> VERDICTS = new ConcurrentHashMap<>();

  private static List<String> compare(Class<?> type, String pattern, Predicate<String> model) {
    com.networknt.schema.regex.RegularExpression regex;
    try {
      regex = EcmaRegularExpressions.compile(pattern);
    } catch (RuntimeException e) {
      return List.of("does not compile: " + e.getMessage());
    }
    Map<String, Boolean> verdicts = VERDICTS.computeIfAbsent(type, t -> {
      Map<String, Boolean> m = new LinkedHashMap<>();
      for (String s : samples(t)) {
        m.put(s, model.test(s));
      }
      return m;
    });
    List<String> tooLoose = new ArrayList<>();
    List<String> tooStrict = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : verdicts.entrySet()) {
      String s = e.getKey();
      boolean schema = regex.matches(s);
      boolean java = e.getValue();
      if (schema && !java && tooLoose.size() < 3) {
        tooLoose.add(quote(s));
      } else if (!schema && java && tooStrict.size() < 3) {
        tooStrict.add(quote(s));
      }
    }
    List<String> out = new ArrayList<>();
    if (!tooLoose.isEmpty()) {
      out.add(pattern + " accepts what the model refuses: " + tooLoose);
    }
    if (!tooStrict.isEmpty()) {
      out.add(pattern + " refuses what the model accepts: " + tooStrict);
    }
    return List.copyOf(out);
  }

  static Set<String> samples(Class<?> type) {
    Set<String> out = new LinkedHashSet<>(TRICKY);
    Random random = new Random(type.getName().hashCode());
    String name = type.getSimpleName();
    switch (name) {
      case "CodeCommune":
        exhaustive(out, "0123456789AB", 5);
        randomStrings(out, random, "0123456789ABCab ", 0, 7, 5_000);
        out.addAll(List.of("2A004", "2B033", "97411", "98735", "96000", "20004", "2C004", "2a004"));
        break;
      case "CodeDepartement":
        for (int n = 1; n <= 4; n++) {
          exhaustive(out, "0123456789AB", n);
        }
        randomStrings(out, random, "0123456789ABCab ", 0, 5, 2_000);
        break;
      case "CodeRegion":
        for (int n = 1; n <= 3; n++) {
          exhaustive(out, "0123456789AB", n);
        }
        break;
      case "Finess":
        randomStrings(out, random, "0123456789AB", 8, 10, 30_000);
        randomStrings(out, random, "0123456789ABCa ", 0, 11, 5_000);
        out.addAll(List.of("320000011", "2A0000014", "2B0000014", "2C0000014", "A20000014"));
        break;
      case "Rna":
        randomStrings(out, random, "W0123456789ABZ", 9, 11, 30_000);
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
        for (int year = 1890; year <= 2210; year++) {
          dates(out, String.format("%04d", year));
        }
        for (String year : List.of("0000", "1000", "9999", "190", "20250")) {
          dates(out, year);
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

  private static String quote(String s) {
    return "«" + s.replace("\n", "\\n").replace("\t", "\\t") + "»";
  }
}
