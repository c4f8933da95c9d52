package io.clsante.model.json;

import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import io.clsante.model.internal.AsciiDigits;
import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a date exactly as {@code AAAA-MM-JJ}: no time part, no spaces, no sign, no extended year.
 * Jackson's own reader is lenient and would silently drop a time, losing data on a round trip.
 */
@JsonString(pattern = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$")
@Description(value = "Date ISO 8601 AAAA-MM-JJ d'un jour réel du calendrier.",
    examples = "\"2025-11-13\"")
final class StrictLocalDate extends StdDeserializer<LocalDate> {
  StrictLocalDate() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getString();
    LocalDate date = parse(text);
    if (date != null) {
      return date;
    }
    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "AAAA-MM-JJ attendu");
  }

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
