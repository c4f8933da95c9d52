package io.clsante.model.json;

import io.clsante.model.Intervenant;
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
 * The short form of an {@link Intervenant} in the Jackson mapper of {@link ClsJson}: the local id of
 * an actor as a string, for an intervenant that is only a reference to that actor.
 *
 * <p>Writing: an intervenant that is only a reference is written as the string, every other one as
 * an object. Why not always the object form: a document that format 1.0 reads, written unchanged,
 * stays the same document of the same version (1.0 knows the string form only), byte for byte;
 * every version from 1.1 reads both forms. Two equal values are still written identically.
 *
 * <p>Reading: the mapper binds both forms, as the structural pass reads them (the mapper serves
 * applications that bind parts of the model themselves, and the tests as an oracle).
 */
final class IntervenantShorthand {
  private IntervenantShorthand() {}

  /**
   * Returns the modifier that puts the writer of the short form in front of the mapper's own
   * writer of intervenants.
   *
   * @return the modifier
   */
  static ValueSerializerModifier writing() {
    return new ValueSerializerModifier() {
      @Override
      @SuppressWarnings("unchecked")
      public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
          ValueSerializer<?> serializer) {
        return Intervenant.class.isAssignableFrom(description.getBeanClass())
            ? new Writer((ValueSerializer<Object>) serializer) : serializer;
      }
    };
  }

  /**
   * Returns the modifier that puts the reader of the short form in front of the mapper's own
   * reader of intervenants.
   *
   * @return the modifier
   */
  static ValueDeserializerModifier reading() {
    return new ValueDeserializerModifier() {
      @Override
      public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
          BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        // Not the binding class Immutables nests in the implementation, which is an Intervenant too.
        Class<?> type = description.getBeanClass();
        return Intervenant.class.isAssignableFrom(type) && type.getEnclosingClass() == null
            ? new Reader(deserializer) : deserializer;
      }
    };
  }

  private static final class Writer extends ValueSerializer<Intervenant> {
    private final ValueSerializer<Object> object;

    Writer(ValueSerializer<Object> object) {
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
      return contextual == object ? this : new Writer((ValueSerializer<Object>) contextual);
    }

    @Override
    public void serialize(Intervenant value, JsonGenerator generator, SerializationContext context) {
      if (value.acteur().isPresent() && value.equals(Intervenant.of(value.acteur().get()))) {
        generator.writeString(value.acteur().get());
      } else {
        object.serialize(value, generator, context);
      }
    }
  }

  private static final class Reader extends ValueDeserializer<Object> {
    private final ValueDeserializer<?> object;

    Reader(ValueDeserializer<?> object) {
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
      return contextual == object ? this : new Reader(contextual);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      return parser.currentToken() == JsonToken.VALUE_STRING
          ? Intervenant.of(parser.getString()) : object.deserialize(parser, context);
    }
  }
}
