package io.clsante.model.json;

import io.clsante.model.Intervenant;
import io.clsante.model.ObjectifStrategique;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * The short forms of the model's types in the Jackson mapper of {@link ClsJson}: a type the format
 * also writes as the string of one of its properties ({@code @Shorthand} in the model, an object form
 * that format 1.1 added to a value 1.0 wrote as a string).
 *
 * <p>Writing: a value that its string alone gives back (only its shorthand property set) is written
 * as the string, every other one as an object; the rule is the generated writer's
 * ({@code ModelWriter.<type>ShortForm}), which this mapper applies too. One canonical form, the
 * shortest: a 1.0 document read and written again differs by its {@code formatVersion} alone, and
 * two equal values are written identically.
 *
 * <p>Reading: the mapper binds both forms, as the structural pass reads them (the mapper serves
 * applications that bind parts of the model themselves, and the tests as an oracle).
 *
 * <p>{@code ShortFormsTest} checks that the table names exactly the types the generated pass reads
 * in short ({@code ModelPass.SHORTHAND_TYPES}).
 */
final class ShortForms {
  /** The types written in short, each with its factory from the string and its short form. */
  static final List<ShortForm<?>> FORMS = List.of(
      new ShortForm<>(Intervenant.class, Intervenant::of, ModelWriter::intervenantShortForm),
      new ShortForm<>(ObjectifStrategique.class, ObjectifStrategique::of, ModelWriter::objectifStrategiqueShortForm));

  private ShortForms() {}

  /**
   * A type written in short.
   *
   * @param <T> the type
   * @param type the type
   * @param of the value a string stands for
   * @param shortForm the string a value is written as, when its shorthand property alone is set: the
   *     rule of the generated writer
   */
  record ShortForm<T>(Class<T> type, Function<String, T> of, Function<T, Optional<String>> shortForm) {
    /** The string that stands for the value, when it gives the value back. */
    Optional<String> text(Object value) {
      return shortForm.apply(type.cast(value));
    }
  }

  private static Optional<ShortForm<?>> form(Class<?> type) {
    return FORMS.stream().filter(f -> f.type().isAssignableFrom(type)).findFirst();
  }

  /**
   * Returns the modifier that puts the writer of the short forms in front of the mapper's own
   * writers of those types.
   *
   * @return the modifier
   */
  static ValueSerializerModifier writing() {
    return new ValueSerializerModifier() {
      @Override
      @SuppressWarnings("unchecked")
      public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
          ValueSerializer<?> serializer) {
        return form(description.getBeanClass()).<ValueSerializer<?>>map(
            f -> new Writer(f, (ValueSerializer<Object>) serializer)).orElse(serializer);
      }
    };
  }

  /**
   * Returns the modifier that puts the reader of the short forms in front of the mapper's own
   * readers of those types.
   *
   * @return the modifier
   */
  static ValueDeserializerModifier reading() {
    return new ValueDeserializerModifier() {
      @Override
      public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
          BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        // Not the binding class Immutables nests in each implementation, which is of the type too.
        Class<?> type = description.getBeanClass();
        return type.getEnclosingClass() != null ? deserializer
            : form(type).<ValueDeserializer<?>>map(f -> new Reader(f, deserializer)).orElse(deserializer);
      }
    };
  }

  private static final class Writer extends ValueSerializer<Object> {
    private final ShortForm<?> form;
    private final ValueSerializer<Object> object;

    Writer(ShortForm<?> form, ValueSerializer<Object> object) {
      this.form = form;
      this.object = object;
    }

    @Override
    public void resolve(SerializationContext context) {
      object.resolve(context);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
      ValueSerializer<?> contextual = object.createContextual(context, property);
      return contextual == object ? this : new Writer(form, (ValueSerializer<Object>) contextual);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      Optional<String> text = form.text(value);
      if (text.isPresent()) {
        generator.writeString(text.get());
      } else {
        object.serialize(value, generator, context);
      }
    }
  }

  private static final class Reader extends ValueDeserializer<Object> {
    private final ShortForm<?> form;
    private final ValueDeserializer<?> object;

    Reader(ShortForm<?> form, ValueDeserializer<?> object) {
      this.form = form;
      this.object = object;
    }

    // The mapper's own reader is completed once built, then for its place; so is this one.
    @Override
    public void resolve(DeserializationContext context) {
      object.resolve(context);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      ValueDeserializer<?> contextual = object.createContextual(context, property);
      return contextual == object ? this : new Reader(form, contextual);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      return parser.currentToken() == JsonToken.VALUE_STRING
          ? form.of().apply(parser.getString()) : object.deserialize(parser, context);
    }
  }
}
