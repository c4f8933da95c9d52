package io.clsante.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.CodeList;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Extensions;
import io.clsante.model.VersionFormat;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.id.IdentifiantOfficiel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Compares a JSON Schema with the Java model, by reflection from {@link ContratLocalDeSante} through
 * the {@code @JsonProperty} accessors, and lists every drift.
 *
 * <p>For each type of the model reached, its {@code $defs} entry must exist under the type's simple
 * name, be a closed object ({@code additionalProperties: false}) with exactly the model's properties,
 * in the model's order, the same required ones (those neither {@code Optional}, nor {@code List},
 * nor defaulted), and for each property the same JSON type, the same items for a list, the same
 * {@code $ref} for a type of the model, a code list, an identifier or a date, and the bounds of its
 * Jakarta constraints ({@code @Size} → {@code maxLength}, {@code @NotBlank} → the non-blank pattern,
 * {@code @Positive}, {@code @Min}… → {@code minimum}/{@code maximum}, an {@code int} never beyond
 * {@link Integer#MAX_VALUE}). Code lists must list the enum's constants in declaration order, with
 * their labels in the description; identifier and date formats must accept exactly what the Java
 * types accept ({@link PatternSamples}). The schema must have nothing else: no other definition, no
 * other property, no constraint the model lacks, and a description on every property.
 */
final class SchemaModelComparison {
  private static final String REF_PREFIX = "#/$defs/";
  private static final Set<String> ANNOTATIONS = Set.of("description", "default", "examples", "$comment", "title");

  private final JsonNode schema;
  private final JsonNode defs;
  private final List<String> drifts = new ArrayList<>();
  private final Set<String> expectedDefs = new LinkedHashSet<>();
  private final Deque<Class<?>> toVisit = new ArrayDeque<>();
  private final Set<Class<?>> seen = new LinkedHashSet<>();

  private SchemaModelComparison(JsonNode schema) {
    this.schema = schema;
    this.defs = schema.path("$defs");
  }

  /** Returns the drifts between the schema and the model; empty when they agree. */
  static List<String> drifts(JsonNode schema) {
    SchemaModelComparison c = new SchemaModelComparison(schema);
    c.run();
    return c.drifts;
  }

  private void run() {
    if (!(REF_PREFIX + "ContratLocalDeSante").equals(schema.path("$ref").asString(""))) {
      drift("root: $ref to " + REF_PREFIX + "ContratLocalDeSante expected, found " + schema.path("$ref"));
    }
    enqueue(ContratLocalDeSante.class);
    while (!toVisit.isEmpty()) {
      Class<?> type = toVisit.removeFirst();
      if (type.isEnum()) {
        compareCodeList(type);
      } else if (type.isInterface()) {
        compareObject(type);
      } else {
        compareScalar(type);
      }
    }
    // Also the two formats that are annotations, not types.
    compareIdentifiantLocal();
    compareNotBlankPattern();
    for (String name : iterable(defs.propertyNames())) {
      if (!expectedDefs.contains(name)) {
        drift("$defs/" + name + ": no such type in the model");
      }
    }
  }

  private void enqueue(Class<?> type) {
    if (seen.add(type)) {
      toVisit.addLast(type);
    }
    expectedDefs.add(type.getSimpleName());
  }

  // ---------------------------------------------------------------- objects

  private void compareObject(Class<?> type) {
    String name = type.getSimpleName();
    JsonNode def = defs.get(name);
    if (def == null) {
      drift("$defs/" + name + ": missing");
      return;
    }
    expectKeys(name, def, Set.of("type", "description", "additionalProperties", "required", "properties"));
    if (!"object".equals(def.path("type").asString(""))) {
      drift(name + ": type object expected, found " + def.get("type"));
    }
    if (!def.path("additionalProperties").isBoolean() || def.path("additionalProperties").booleanValue()) {
      drift(name + ": additionalProperties false expected, found " + def.get("additionalProperties"));
    }
    describes(name, def);

    Map<String, Method> model = properties(type);
    List<String> schemaNames = new ArrayList<>(iterable(def.path("properties").propertyNames()));
    for (String p : model.keySet()) {
      if (!schemaNames.contains(p)) {
        drift(name + "." + p + ": property of the model missing from the schema");
      }
    }
    for (String p : schemaNames) {
      if (!model.containsKey(p)) {
        drift(name + "." + p + ": property of the schema not in the model");
      }
    }
    List<String> common = new ArrayList<>(schemaNames);
    common.retainAll(model.keySet());
    List<String> modelOrder = new ArrayList<>(model.keySet());
    modelOrder.retainAll(common);
    if (!common.equals(modelOrder)) {
      drift(name + ": properties in the order " + common + ", the model writes " + modelOrder);
    }

    Set<String> modelRequired = new TreeSet<>();
    model.forEach((p, m) -> {
      if (isRequired(m)) {
        modelRequired.add(p);
      }
    });
    List<String> schemaRequiredList = new ArrayList<>();
    def.path("required").values().forEach(r -> schemaRequiredList.add(r.asString("")));
    Set<String> schemaRequired = new TreeSet<>(schemaRequiredList);
    if (schemaRequired.size() != schemaRequiredList.size()) {
      drift(name + ": required lists a property twice: " + schemaRequiredList);
    }
    for (String p : modelRequired) {
      if (!schemaRequired.contains(p)) {
        drift(name + "." + p + ": required by the model, not by the schema");
      }
    }
    for (String p : schemaRequired) {
      if (!modelRequired.contains(p)) {
        drift(name + "." + p + ": required by the schema, not by the model");
      }
    }
    if (def.has("required") && schemaRequired.isEmpty()) {
      drift(name + ": empty required list");
    }

    for (String p : common) {
      compareProperty(name + "." + p, model.get(p), def.path("properties").path(p));
    }
  }

  /** The {@code @JsonProperty} accessors, in the order of {@code @JsonPropertyOrder}. */
  private Map<String, Method> properties(Class<?> type) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      JsonProperty jp = m.getAnnotation(JsonProperty.class);
      if (jp != null) {
        byName.put(jp.value(), m);
      }
    }
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    List<String> ordered = order == null ? List.of() : Arrays.asList(order.value());
    if (!new TreeSet<>(ordered).equals(new TreeSet<>(byName.keySet()))) {
      drift(type.getSimpleName() + ": @JsonPropertyOrder " + ordered + " differs from the accessors "
          + byName.keySet() + " (model)");
    }
    Map<String, Method> out = new LinkedHashMap<>();
    for (String p : ordered) {
      if (byName.containsKey(p)) {
        out.put(p, byName.get(p));
      }
    }
    byName.forEach(out::putIfAbsent);
    return out;
  }

  private static boolean isRequired(Method m) {
    Class<?> raw = m.getReturnType();
    return raw != Optional.class && raw != List.class && !m.isDefault();
  }

  private void compareProperty(String path, Method m, JsonNode p) {
    describes(path, p);
    AnnotatedType returned = m.getAnnotatedReturnType();
    Class<?> raw = m.getReturnType();
    if (raw == Optional.class) {
      compareValue(path, typeArgument(returned), Set.of(), p);
    } else if (raw == List.class) {
      expectKeys(path, p, Set.of("type", "items"));
      if (!"array".equals(p.path("type").asString(""))) {
        drift(path + ": type array expected, found " + p.get("type"));
      }
      if (!p.path("items").isObject()) {
        drift(path + ": items expected");
        return;
      }
      compareValue(path + "[]", typeArgument(returned), Set.of(), p.path("items"));
    } else {
      compareValue(path, returned, Set.of(m.getAnnotations()), p);
    }
    if (m.isDefault() && !p.has("default")) {
      drift(path + ": default of the model not given in the schema");
    }
  }

  private static AnnotatedType typeArgument(AnnotatedType t) {
    return ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()[0];
  }

  private void compareValue(String path, AnnotatedType at, Set<Annotation> declared, JsonNode p) {
    Set<Annotation> annotations = new LinkedHashSet<>(declared);
    annotations.addAll(Arrays.asList(at.getAnnotations()));
    Class<?> c = rawClass(at.getType());
    if (has(annotations, IdentifiantLocal.class)) {
      expectRef(path, p, IdentifiantLocal.class.getSimpleName());
    } else if (c.isEnum() && CodeList.class.isAssignableFrom(c)) {
      expectRef(path, p, c.getSimpleName());
      enqueue(c);
    } else if (IdentifiantOfficiel.class.isAssignableFrom(c) || c == DateCalendaire.class
        || c == LocalDate.class || c == VersionFormat.class || c == Extensions.class) {
      expectRef(path, p, c.getSimpleName());
      enqueue(c);
    } else if (c.isInterface() && c.getPackageName().equals(ContratLocalDeSante.class.getPackageName())) {
      expectRef(path, p, c.getSimpleName());
      enqueue(c);
    } else if (c == String.class) {
      expectInline(path, p, "string", Set.of("maxLength", "pattern"));
      Size size = find(annotations, Size.class);
      expectNumber(path, p, "maxLength", size == null ? null : BigDecimal.valueOf(size.max()));
      if (size != null && size.min() > 0) {
        drift(path + ": @Size(min) has no counterpart in the schema");
      }
      String pattern = has(annotations, NotBlank.class) ? ClsSchema.NOT_BLANK : null;
      if (!java.util.Objects.equals(pattern, p.has("pattern") ? p.get("pattern").asString("") : null)) {
        drift(path + ": pattern " + (pattern == null ? "absent" : pattern) + " expected (@NotBlank), found "
            + p.get("pattern"));
      }
    } else if (c == int.class || c == Integer.class) {
      expectInline(path, p, "integer", Set.of("minimum", "maximum"));
      BigDecimal min = null;
      if (has(annotations, Positive.class)) {
        min = BigDecimal.ONE;
      } else if (has(annotations, PositiveOrZero.class)) {
        min = BigDecimal.ZERO;
      } else if (find(annotations, Min.class) != null) {
        min = BigDecimal.valueOf(find(annotations, Min.class).value());
      }
      Max max = find(annotations, Max.class);
      expectNumber(path, p, "minimum", min);
      expectNumber(path, p, "maximum", BigDecimal.valueOf(max == null ? Integer.MAX_VALUE : max.value()));
    } else if (c == BigDecimal.class) {
      expectInline(path, p, "number", Set.of("minimum", "maximum"));
      DecimalMin min = find(annotations, DecimalMin.class);
      DecimalMax max = find(annotations, DecimalMax.class);
      expectNumber(path, p, "minimum", min == null ? null : new BigDecimal(min.value()));
      expectNumber(path, p, "maximum", max == null ? null : new BigDecimal(max.value()));
    } else if (c == boolean.class || c == Boolean.class) {
      expectInline(path, p, "boolean", Set.of());
    } else {
      drift(path + ": Java type " + c.getName() + " has no known JSON form (update the comparison)");
    }
  }

  private void expectRef(String path, JsonNode p, String def) {
    expectKeys(path, p, Set.of("$ref"));
    String ref = p.path("$ref").asString("");
    if (!ref.equals(REF_PREFIX + def)) {
      drift(path + ": $ref " + REF_PREFIX + def + " expected, found " + (ref.isEmpty() ? p : ref));
    }
  }

  private void expectInline(String path, JsonNode p, String type, Set<String> constraints) {
    Set<String> allowed = new LinkedHashSet<>(constraints);
    allowed.add("type");
    expectKeys(path, p, allowed);
    if (!type.equals(p.path("type").asString(""))) {
      drift(path + ": type " + type + " expected, found " + (p.has("type") ? p.get("type") : p));
    }
  }

  private void expectNumber(String path, JsonNode p, String keyword, BigDecimal expected) {
    JsonNode found = p.get(keyword);
    if (expected == null) {
      if (found != null) {
        drift(path + ": " + keyword + " " + found + " has no Jakarta constraint in the model");
      }
    } else if (found == null || !found.isNumber() || found.decimalValue().compareTo(expected) != 0) {
      drift(path + ": " + keyword + " " + expected.toPlainString() + " expected, found " + found);
    }
  }

  /** Any keyword other than the expected ones and annotations is a constraint the model lacks. */
  private void expectKeys(String path, JsonNode node, Set<String> expected) {
    for (String k : iterable(node.propertyNames())) {
      if (!expected.contains(k) && !ANNOTATIONS.contains(k)) {
        drift(path + ": keyword " + k + " has no counterpart in the model");
      }
    }
  }

  private void describes(String path, JsonNode node) {
    JsonNode d = node.get("description");
    if (d == null || !d.isString() || d.stringValue().isBlank()) {
      drift(path + ": French description missing");
    }
  }

  // ---------------------------------------------------------------- code lists and scalars

  private void compareCodeList(Class<?> type) {
    String name = type.getSimpleName();
    JsonNode def = defs.get(name);
    if (def == null) {
      drift("$defs/" + name + ": missing");
      return;
    }
    expectInline(name, def, "string", Set.of("enum"));
    describes(name, def);
    List<String> expected = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      expected.add(((Enum<?>) constant).name());
    }
    List<String> found = new ArrayList<>();
    def.path("enum").values().forEach(v -> found.add(v.isString() ? v.stringValue() : v.toString()));
    if (!expected.equals(found)) {
      drift(name + ": enum " + expected + " expected, in this order, found " + found);
    }
    String description = def.path("description").asString("");
    for (Object constant : type.getEnumConstants()) {
      CodeList code = (CodeList) constant;
      if (!description.contains(code.code() + " : " + code.libelle())) {
        drift(name + ": description does not give the label of " + code.code() + " (« " + code.libelle() + " »)");
      }
    }
  }

  private void compareScalar(Class<?> type) {
    String name = type.getSimpleName();
    JsonNode def = defs.get(name);
    if (def == null) {
      drift("$defs/" + name + ": missing");
      return;
    }
    describes(name, def);
    if (type == Extensions.class) {
      expectInline(name, def, "object", Set.of());
      return;
    }
    if (type == VersionFormat.class) {
      expectInline(name, def, "string", Set.of("enum"));
      List<String> expected = new ArrayList<>();
      for (int minor = 0; minor <= VersionFormat.CURRENT.minor(); minor++) {
        expected.add(VersionFormat.SUPPORTED_MAJOR + "." + minor);
      }
      List<String> found = new ArrayList<>();
      def.path("enum").values().forEach(v -> found.add(v.asString("")));
      if (!expected.equals(found)) {
        drift(name + ": enum " + expected + " expected (the versions the reader accepts), found " + found);
      }
      return;
    }
    expectInline(name, def, "string", Set.of("pattern"));
    if (!def.path("examples").isArray() || def.path("examples").isEmpty()) {
      drift(name + ": examples missing");
    }
    Predicate<String> accepted = PatternSamples.acceptedByModel(type);
    String pattern = def.path("pattern").asString("");
    if (pattern.isEmpty()) {
      drift(name + ": pattern missing");
      return;
    }
    for (String disagreement : PatternSamples.disagreements(type, pattern, accepted)) {
      drift(name + ": pattern " + disagreement);
    }
  }

  private void compareIdentifiantLocal() {
    String name = IdentifiantLocal.class.getSimpleName();
    expectedDefs.add(name);
    JsonNode def = defs.get(name);
    if (def == null) {
      drift("$defs/" + name + ": missing");
      return;
    }
    expectInline(name, def, "string", Set.of("pattern", "maxLength"));
    describes(name, def);
    if (!IdentifiantLocal.REGEX.equals(def.path("pattern").asString(""))) {
      drift(name + ": pattern " + IdentifiantLocal.REGEX + " expected, found " + def.get("pattern"));
    }
    Size size = IdentifiantLocal.class.getAnnotation(Size.class);
    expectNumber(name, def, "maxLength", BigDecimal.valueOf(size.max()));
  }

  /** The non-blank pattern means what {@code @NotBlank} means: a character above U+0020. */
  private void compareNotBlankPattern() {
    for (String disagreement : PatternSamples.disagreements(NotBlank.class, ClsSchema.NOT_BLANK,
        s -> !s.trim().isEmpty())) {
      drift("non-blank pattern " + disagreement);
    }
  }

  // ---------------------------------------------------------------- helpers

  private void drift(String message) {
    drifts.add(message);
  }

  private static Class<?> rawClass(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("Unsupported type " + t);
  }

  private static boolean has(Set<Annotation> annotations, Class<? extends Annotation> type) {
    return find(annotations, type) != null;
  }

  private static <A extends Annotation> A find(Set<Annotation> annotations, Class<A> type) {
    for (Annotation a : annotations) {
      if (type.isInstance(a)) {
        return type.cast(a);
      }
    }
    return null;
  }

  private static <T> List<T> iterable(java.util.Collection<T> c) {
    return new ArrayList<>(c);
  }
}
