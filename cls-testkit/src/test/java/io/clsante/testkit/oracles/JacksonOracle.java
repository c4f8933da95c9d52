package io.clsante.testkit.oracles;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Intervenant;
import io.clsante.model.ObjectifStrategique;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Jackson's data binding as an oracle: {@code ContratLocalDeSante} bound by a mapper configured here,
 * independently of the library's reader, with the format's strictness (an unknown property, a
 * duplicate key, {@code null}, a value of another JSON type, a number with a fraction for an
 * integer, a date that is not {@code AAAA-MM-JJ} are refused). The model's own annotations say the
 * rest: property names, the implementations to build, the identifiers' factories.
 *
 * <p>Jackson stops at the first problem; it has no limits of the format's reader.
 */
final class JacksonOracle {
  /** The strict mapper; also the parser of every document the oracles see. */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
      .addModule(new SimpleModule("dates-aaaa-mm-jj").addDeserializer(LocalDate.class, new IsoDate()))
      .addModule(new SimpleModule("formes-en-bref").setDeserializerModifier(new EnBref()))
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

  /** What Jackson made of a document: the contract, or the location of its first problem. */
  record Binding(ContratLocalDeSante contrat, Located problem) {
    boolean bound() {
      return contrat != null;
    }
  }

  private JacksonOracle() {}

  /**
   * The short form the format gives an intervenant: the local id of an actor, as a string, stands
   * for {@code {"acteur": id}}. The model's annotations bind the object form only.
   */
  /** The types the format also writes as the string of one property, with what the string stands for. */
  private static final Map<Class<?>, Function<String, Object>> EN_BREF = Map.of(
      Intervenant.class, Intervenant::of, ObjectifStrategique.class, ObjectifStrategique::of);

  private static final class EnBref extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      // Not the binding class Immutables nests in the implementation.
      return type.getEnclosingClass() != null ? deserializer : EN_BREF.entrySet().stream()
          .filter(e -> e.getKey().isAssignableFrom(type)).findFirst()
          .<ValueDeserializer<?>>map(e -> new Chaine(e.getValue(), deserializer)).orElse(deserializer);
    }
  }

  /** Reads a string as the value it stands for, anything else as the object form. */
  private static final class Chaine extends ValueDeserializer<Object> {
    private final Function<String, Object> enBref;
    private final ValueDeserializer<?> objet;

    Chaine(Function<String, Object> enBref, ValueDeserializer<?> objet) {
      this.enBref = enBref;
      this.objet = objet;
    }

    @Override
    public void resolve(DeserializationContext context) {
      objet.resolve(context);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      ValueDeserializer<?> contextual = objet.createContextual(context, property);
      return contextual == objet ? this : new Chaine(enBref, contextual);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      return parser.currentToken() == JsonToken.VALUE_STRING
          ? enBref.apply(parser.getString()) : objet.deserialize(parser, context);
    }
  }

  /**
   * Parses a document into a tree, as the schema engines see it.
   *
   * @return the tree, or null when the bytes are not one well-formed JSON value (nothing at all,
   *     duplicate keys
   *     refused) or hold a number that Jackson cannot represent
   */
  static JsonNode parse(byte[] json) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      return tree.isMissingNode() ? null : tree;
    } catch (JacksonException e) {
      return null;
    } catch (NumberFormatException e) {
      // A number beyond BigDecimal's exponents (1e3560000000): Jackson has no value for it.
      return null;
    }
  }

  /** Binds a document that {@link #parse} reads. */
  static Binding bind(byte[] json) {
    try {
      return new Binding(MAPPER.readValue(json, ContratLocalDeSante.class), null);
    } catch (JacksonException e) {
      return new Binding(null, new Located(pointer(e), e.getClass().getSimpleName()));
    }
  }

  /**
   * The pointer of a binding problem. An unknown property is located at the object that has it, as
   * JSON Schema's {@code additionalProperties} locates it.
   */
  private static String pointer(JacksonException e) {
    List<JacksonException.Reference> path = e.getPath();
    if (e instanceof PropertyBindingException && !path.isEmpty()) {
      path = path.subList(0, path.size() - 1);
    }
    return path.stream()
        .map(r -> "/" + (r.getPropertyName() != null ? Pointers.escape(r.getPropertyName()) : r.getIndex()))
        .collect(Collectors.joining());
  }

  /** {@code AAAA-MM-JJ} and nothing else (Jackson's own reader of dates also takes date-times). */
  private static final class IsoDate extends StdDeserializer<LocalDate> {
    private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    IsoDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getString();
      if (FORM.matcher(text).matches()) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeException e) {
          // not a day of the calendar
        }
      }
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "AAAA-MM-JJ attendu");
    }
  }
}
