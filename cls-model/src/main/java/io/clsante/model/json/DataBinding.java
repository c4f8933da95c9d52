package io.clsante.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Jackson's data binding configured for the format: the mapper {@link ClsJson#mapper()} gives, with
 * which applications may bind and write the model. The library reads documents with the generated
 * structural pass and writes them with the generated writer, in the same canonical form
 * ({@link CanonicalPrinting}); the tests use the mapper as an oracle of both.
 * Kept apart from {@link ClsJson}, so that reading a document loads none of its classes.
 */
final class DataBinding {
  private DataBinding() {}

  /**
   * Builds the mapper of the format, within the parser limits of the factory.
   *
   * @param withLimits the factory of parsers and generators
   * @return the mapper
   */
  static JsonMapper mapper(JsonFactory withLimits) {
    JsonInclude.Value omitAbsent =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
    JsonInclude.Value omitEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
    return JsonMapper.builder(CanonicalPrinting.factory(withLimits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(CanonicalPrinting.printer())
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .changeDefaultPropertyInclusion(i -> omitAbsent)
        .withConfigOverride(List.class, o -> o.setInclude(omitEmpty))
        .withConfigOverride(Map.class, o -> o.setInclude(omitEmpty))
        .addModule(new tools.jackson.databind.module.SimpleModule("cls-dates")
            .addDeserializer(java.time.LocalDate.class, new StrictDates())
            .setSerializerModifier(ShortForms.writing())
            .setDeserializerModifier(ShortForms.reading()))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .build();
  }

  /**
   * Reads a date exactly as {@code AAAA-MM-JJ} ({@link StrictLocalDate}): Jackson's own reader is
   * lenient and would silently drop a time, losing data on a round trip.
   */
  static final class StrictDates extends StdDeserializer<LocalDate> {
    StrictDates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getString();
      LocalDate date = StrictLocalDate.parse(text);
      if (date != null) {
        return date;
      }
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "AAAA-MM-JJ attendu");
    }
  }
}
