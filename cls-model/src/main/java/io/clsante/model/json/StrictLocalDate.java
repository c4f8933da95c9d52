package io.clsante.model.json;

import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import io.clsante.model.internal.AsciiDigits;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date exactly as {@code AAAA-MM-JJ}: no time part, no spaces, no sign, no extended year. The
 * structural pass reads dates with {@link #parse(String)}, and so does the data binding
 * ({@link DataBinding.StrictDates}).
 */
@JsonString(pattern = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$")
@Description(value = "Date ISO 8601 AAAA-MM-JJ d'un jour réel du calendrier.",
    examples = "\"2025-11-13\"")
final class StrictLocalDate {
  private StrictLocalDate() {}

  /**
   * Reads {@code AAAA-MM-JJ} (ASCII digits) as a date of the ISO calendar.
   *
   * @param text the text
   * @return the date, or null if the text is not of that form or names no date ({@code 2025-02-30})
   */
  static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = AsciiDigits.value(text, 0, 4);
    int month = AsciiDigits.value(text, 5, 7);
    int day = AsciiDigits.value(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
