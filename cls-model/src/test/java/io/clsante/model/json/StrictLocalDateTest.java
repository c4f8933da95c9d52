package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictLocalDateTest {
  /** The definition the reader follows: the regular expression, then the ISO calendar. */
  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static LocalDate byDefinition(String text) {
    if (!FORMAT.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-13", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10",
      "2025-01-00", "2025-01-32", "0000-01-01", "9999-12-31", "2025-1-01", "2025-01-1", "25-01-01",
      "2025/01/01", "2025-01-01T00:00", " 2025-01-01", "2025-01-01 ", "+2025-01-01", "-2025-01-01",
      "2025-01-01\n", "２０２５-01-01", "2025-0١-01", "", "2025-01-0a", "abcd-ef-gh", "2025--1-01"})
  void parse_agreesWithTheDefinition(String text) {
    assertEquals(byDefinition(text), StrictLocalDate.parse(text), text);
  }

  @Test
  void parse_agreesWithTheDefinitionOnRandomText() {
    long seed = 20261122L;
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "0120120120123456789-0123 T+/é١٢";
    int dates = 0;
    for (int n = 0; n < 200_000; n++) {
      char[] text = new char[random.nextInt(8, 12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      if (text.length == 10 && random.nextBoolean()) {
        text[4] = '-';
        text[7] = '-';
      }
      String s = new String(text);
      LocalDate expected = byDefinition(s);
      dates += expected == null ? 0 : 1;
      assertEquals(expected, StrictLocalDate.parse(s), "seed " + seed + ": " + s);
    }
    // The draw must also reach real dates, not only refusals.
    assertEquals(true, dates > 300, "only " + dates + " dates drawn");
  }
}
