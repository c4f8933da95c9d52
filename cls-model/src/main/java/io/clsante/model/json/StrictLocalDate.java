package io.clsante.model.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a date exactly as {@code AAAA-MM-JJ}: no time part, no spaces, no sign, no extended year.
 * Jackson's own reader is lenient and would silently drop a time, losing data on a round trip.
 */
final class StrictLocalDate extends StdDeserializer<LocalDate> {
  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  StrictLocalDate() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getString();
    if (FORMAT.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // Falls through to the located error below.
      }
    }
    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "AAAA-MM-JJ attendu");
  }
}
