package io.clsante.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DateCalendaire#parse} reads by hand what this regular-expression definition reads. */
class DateCalendaireParseTest {
  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|T([1-4])|S([12])))?");

  /** The date, or the message of the exception, by the definition. */
  private static Object byDefinition(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return "Date calendaire invalide « " + text
          + " » : AAAA-MM-JJ, AAAA-MM, AAAA-T1 à T4, AAAA-S1 ou S2, ou AAAA attendu";
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(3) != null) {
        return DateCalendaire.jour(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } else if (m.group(2) != null) {
        return DateCalendaire.mois(YearMonth.of(year, Integer.parseInt(m.group(2))));
      } else if (m.group(4) != null) {
        return DateCalendaire.trimestre(year, Integer.parseInt(m.group(4)));
      } else if (m.group(5) != null) {
        return DateCalendaire.semestre(year, Integer.parseInt(m.group(5)));
      }
      return DateCalendaire.annee(year);
    } catch (DateTimeException e) {
      return "Date calendaire invalide « " + text + " » : " + e.getMessage();
    } catch (ClsException e) {
      return e.getMessage();
    }
  }

  private static Object byParse(String text) {
    try {
      return DateCalendaire.parse(text);
    } catch (ClsException e) {
      return e.getMessage();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-11", "2025-11-13", "2025-T1", "2025-T4", "2025-S1", "2025-S2",
      "2025-T0", "2025-T5", "2025-S0", "2025-S3", "2025-13", "2025-00", "2025-02-29", "2024-02-29",
      "2025-02-30", "1899", "2200", "1900-01-01", "2199-12-31", "0000", "9999-99-99", "", "202", "20255",
      "2025-", "2025-1", "2025-111", "2025-11-1", "2025-11-133", "2025-T1-01", "2025-11T13", "2025/11/13",
      "2025-11-13 ", " 2025", "２０２５", "2025-1١", "2025-t1", "2025-s1", "2025-TT", "-2025", "+2025"})
  void parse_readsWhatTheDefinitionReads(String text) {
    assertEquals(byDefinition(text), byParse(text), text);
  }

  @Test
  void parse_readsWhatTheDefinitionReads_onRandomText() {
    long seed = 20261122L;
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "0120129-TS1234 x٣";
    int dates = 0;
    for (int n = 0; n < 200_000; n++) {
      char[] text = new char[random.nextInt(3, 12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      if (text.length > 4 && random.nextBoolean()) {
        text[0] = random.nextBoolean() ? '2' : '1';
        text[1] = random.nextBoolean() ? '0' : '9';
        text[4] = '-';
      }
      String s = new String(text);
      Object expected = byDefinition(s);
      dates += expected instanceof DateCalendaire ? 1 : 0;
      assertEquals(expected, byParse(s), "seed " + seed + ": " + s);
    }
    assertEquals(true, dates > 300, "only " + dates + " dates drawn");
  }
}
