package io.clsante.codegen;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.clsante.codegen.FormatModel.Check;
import io.clsante.codegen.FormatModel.Code;
import io.clsante.codegen.FormatModel.CodeListType;
import io.clsante.codegen.FormatModel.Constraint;
import io.clsante.codegen.FormatModel.ConstraintType;
import io.clsante.codegen.FormatModel.Definition;
import io.clsante.codegen.FormatModel.Description;
import io.clsante.codegen.FormatModel.Document;
import io.clsante.codegen.FormatModel.Factory;
import io.clsante.codegen.FormatModel.FreeObjectType;
import io.clsante.codegen.FormatModel.JsonType;
import io.clsante.codegen.FormatModel.Kind;
import io.clsante.codegen.FormatModel.ModelCheck;
import io.clsante.codegen.FormatModel.ObjectType;
import io.clsante.codegen.FormatModel.Property;
import io.clsante.codegen.FormatModel.StringType;
import io.clsante.codegen.FormatModel.Value;
import io.clsante.codegen.FormatModel.VersionType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Reads the {@link FormatModel} from the declarations of {@code cls-model} while it compiles: the
 * one place of this module that reads the model's annotations.
 *
 * <p>What it understands, and nothing else (anything else stops the compilation with an error at
 * the element, so that no generator can silently say less than the model):
 * <ul>
 *   <li>the {@code @Value.Immutable} types that have {@code @JsonProperty} accessors, each with a
 *       {@code @Description} and a {@code @JsonPropertyOrder} that names every property once, all
 *       reached from the one type annotated {@code @JsonDocument}; every abstract accessor carries
 *       {@code @JsonProperty}; an accessor is abstract, or {@code @Value.Default} returning a
 *       constant (a literal or a constant of the value's code list);
 *   <li>values {@code T}, {@code Optional<T>} and {@code List<T>} where {@code T} is
 *       {@code String}, {@code Integer} or {@code int}, {@code BigDecimal}, {@code boolean} or
 *       {@code Boolean}, {@code LocalDate}, an enum implementing {@code CodeList} (whose
 *       constructors take the label first, as a literal), another such model type (with
 *       {@code @Valid}), a value type annotated {@code @JsonString} with a static
 *       {@code @JsonCreator} of one {@code CharSequence} or {@code String}, {@code VersionFormat}
 *       (its int constants {@code SUPPORTED_MAJOR} and {@code CURRENT_MINOR} give the versions) or
 *       {@code Extensions};
 *   <li>the constraints {@code @NotNull}, {@code @NotBlank}, {@code @Size}, {@code @Pattern},
 *       {@code @Email}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Min}, {@code @Max},
 *       {@code @DecimalMin}, {@code @DecimalMax} on the values they apply to, without groups,
 *       payload or flags; {@code @Valid}; and constraints of the model composed of those with no
 *       validator and no attribute of their own (such as {@code @IdentifiantLocal}), with a
 *       {@code @Description}: the declaration's annotations for a value {@code T} and a list,
 *       those of the type argument for the value of an {@code Optional} or the elements of a list;
 *   <li>{@code @DonneePersonnelle}, {@code @Description} (text and examples, each example JSON text
 *       that a string definition's pattern must accept) and {@code @JsonDocument};
 *   <li>the versions: {@code @Since} on an optional property or a code (added by a minor version),
 *       {@code @OptionalSince} on an {@code Optional} property that earlier versions require, and
 *       {@code @Shorthand} on a type that may be written as the string of one of its properties
 *       (with {@code @Since} when earlier versions write the string only).
 * </ul>
 *
 * <p>{@code LocalDate} is described by the model's reader of dates,
 * {@code io.clsante.model.json.StrictLocalDate}, which carries its {@code @JsonString} and
 * {@code @Description}. Labels of code lists and default values are read from the source through
 * the compiler's tree API, as they are written in code rather than in annotations.
 */
final class FormatReader {
  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String VALUE_DEFAULT = "org.immutables.value.Value.Default";
  private static final String VALUE_PREFIX = "org.immutables.value.Value.";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_PROPERTY_ORDER = "com.fasterxml.jackson.annotation.JsonPropertyOrder";
  private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
  private static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
  private static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
  /** The bundle of the code lists' labels, beside them; the base file holds the French labels. */
  private static final String LABELS = "labels.properties";
  private static final String DESCRIPTION = "io.clsante.model.format.Description";
  private static final String JSON_STRING = "io.clsante.model.format.JsonString";
  private static final String JSON_DOCUMENT = "io.clsante.model.format.JsonDocument";
  private static final String SINCE = "io.clsante.model.format.Since";
  private static final String OPTIONAL_SINCE = "io.clsante.model.format.OptionalSince";
  private static final String SHORTHAND = "io.clsante.model.format.Shorthand";
  private static final String PERSONAL_DATA = "io.clsante.model.DonneePersonnelle";
  private static final String CODE_LIST = "io.clsante.model.CodeList";
  private static final String VERSION_FORMAT = "io.clsante.model.VersionFormat";
  private static final String EXTENSIONS = "io.clsante.model.Extensions";
  private static final String DATE_READER = "io.clsante.model.json.StrictLocalDate";
  private static final String OBJECT_NODE = "tools.jackson.databind.node.ObjectNode";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String VALID = "jakarta.validation.Valid";
  private static final String OVERRIDES = "jakarta.validation.OverridesAttribute";
  private static final String BUILT_IN_PACKAGE = "jakarta.validation.constraints.";

  /** The regular expression a string matches when {@code @NotBlank} accepts it: a character above U+0020. */
  static final String NOT_BLANK = "[^\\u0000-\\u0020]";

  private static final Set<String> STRING_CONSTRAINTS = Set.of("NotBlank", "Size", "Pattern", "Email");
  private static final Set<String> NUMBER_CONSTRAINTS =
      Set.of("Positive", "PositiveOrZero", "Min", "Max", "DecimalMin", "DecimalMax");
  private static final Set<String> NOT_ATTRIBUTES = Set.of("groups", "payload");

  private final ProcessingEnvironment env;
  private Trees trees;
  /** The labels of the code lists, by package. */
  private final Map<String, Properties> labelsByPackage = new HashMap<>();
  private boolean failed;
  private final Set<String> visiting = new HashSet<>();
  // The groups of definitions, each in the order of first reference.
  private final Map<String, ObjectType> objects = new LinkedHashMap<>();
  private final Map<String, Definition> freeObjects = new LinkedHashMap<>();
  private final Map<String, Definition> codeLists = new LinkedHashMap<>();
  private final Map<String, Definition> versions = new LinkedHashMap<>();
  private final Map<String, Definition> constraintTypes = new LinkedHashMap<>();
  private final Map<String, Definition> strings = new LinkedHashMap<>();
  private final Map<String, String> javaTypeOfName = new LinkedHashMap<>();

  private FormatReader(ProcessingEnvironment env) {
    this.env = env;
  }

  /**
   * Reads the format from the model's types, reporting with the processing environment's messager
   * every declaration it does not understand.
   *
   * @param env the processing environment
   * @param immutables the types annotated {@code @Value.Immutable} of the compilation
   * @return the format, or empty when an error was reported
   */
  static Optional<FormatModel> read(ProcessingEnvironment env, Collection<? extends TypeElement> immutables) {
    return new FormatReader(env).format(immutables);
  }

  private Optional<FormatModel> format(Collection<? extends TypeElement> immutables) {
    List<? extends TypeElement> roots =
        immutables.stream().filter(t -> annotation(t, JSON_DOCUMENT) != null).toList();
    if (roots.size() != 1) {
      roots.forEach(r -> fail(r, "more than one type is annotated @JsonDocument"));
      if (roots.isEmpty()) {
        failed = true;
        env.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "no @Value.Immutable type is annotated @JsonDocument: the root of a document is unknown");
      }
      return Optional.empty();
    }
    TypeElement root = roots.get(0);
    Document document = document(root);
    object(root);
    for (TypeElement t : immutables) {
      if (!visiting.contains(t.getQualifiedName().toString()) && !jsonAccessors(t).isEmpty()) {
        fail(t, "type not reached from the root " + root.getSimpleName() + ": it would be left out of the format");
      }
    }
    if (failed) {
      return Optional.empty();
    }
    List<Definition> all = new ArrayList<>(objects.values());
    Stream.of(freeObjects, codeLists, versions, constraintTypes, strings).forEach(g -> all.addAll(g.values()));
    return Optional.of(new FormatModel(document, all));
  }

  private Document document(TypeElement root) {
    AnnotationMirror a = annotation(root, JSON_DOCUMENT);
    String example = (String) value(a, "example");
    JsonTree parsed = json(example, root, "the example of @JsonDocument");
    if (parsed != null && !(parsed instanceof JsonTree.Members)) {
      fail(root, "the example of @JsonDocument is not a JSON object");
    }
    return new Document(root.getSimpleName().toString(), (String) value(a, "id"), (String) value(a, "title"),
        (String) value(a, "description"), parsed);
  }

  // ---------------------------------------------------------------------------------------------
  // Object types

  /** Reads an object type and, depth first, the types its properties refer to. */
  private void object(TypeElement type) {
    String qualified = type.getQualifiedName().toString();
    if (!visiting.add(qualified)) {
      return;
    }
    String name = name(type);
    // Reserved now so that the order is that of first reference, the type before its parts.
    objects.put(name, null);
    Description description = description(type);
    if (annotation(type, JSON_INCLUDE) != null) {
      fail(type, "@JsonInclude on a type is not understood: the canonical form omits absent values and empty"
          + " lists, and a property's own @JsonInclude says when it omits its default");
    }
    Map<String, ExecutableElement> accessors = jsonAccessors(type);
    for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT) && annotation(m, JSON_PROPERTY) == null) {
        fail(m, "abstract accessor without @JsonProperty: every attribute of the model is a property of the format");
      }
    }
    List<Property> properties = new ArrayList<>();
    for (String property : order(type, accessors.keySet())) {
      Property p = property(property, accessors.get(property));
      if (p != null) {
        properties.add(p);
      }
    }
    Optional<String> shorthand = shorthand(type, properties);
    Optional<String> since = since(type, SINCE);
    if (since.isPresent() && shorthand.isEmpty()) {
      fail(type, "@Since on a type is understood with @Shorthand only: the versions before it write the"
          + " shorthand; a new type is added by the @Since of the properties that hold it");
    }
    objects.put(name, new ObjectType(name, qualified, description, properties, shorthand, since));
  }

  /**
   * The property that a string written in place of the object fills: a string, the type's only
   * property that may be required.
   */
  private Optional<String> shorthand(TypeElement type, List<Property> properties) {
    AnnotationMirror a = annotation(type, SHORTHAND);
    if (a == null) {
      return Optional.empty();
    }
    String name = (String) value(a, "value");
    Optional<Property> filled = properties.stream().filter(p -> p.name().equals(name)).findFirst();
    if (filled.isEmpty()) {
      fail(type, "@Shorthand names \"" + name + "\", which is not a property of the type");
    } else if (filled.get().cardinality() == FormatModel.Cardinality.LIST
        || !(filled.get().value().kind() == Kind.STRING || filled.get().value().kind() == Kind.JSON_STRING)) {
      fail(type, "@Shorthand names \"" + name + "\", which does not hold one string");
    } else if (filled.get().personalData()) {
      fail(type, "@Shorthand names \"" + name + "\", which is personal data");
    }
    properties.stream().filter(p -> p.required() && !p.name().equals(name)).forEach(p -> fail(type,
        "@Shorthand leaves out the required property \"" + p.name() + "\": the string alone could not build"
            + " the object"));
    return Optional.of(name);
  }

  /**
   * The version an annotation ({@code @Since}, {@code @OptionalSince}) of an element names: a minor
   * version of the supported major one, after the first and up to the current one.
   */
  private Optional<String> since(Element e, String annotation) {
    AnnotationMirror a = annotation(e, annotation);
    if (a == null) {
      return Optional.empty();
    }
    String version = (String) value(a, "value");
    TypeElement versions = env.getElementUtils().getTypeElement(VERSION_FORMAT);
    Integer major = versions == null ? null : intConstant(versions, "SUPPORTED_MAJOR");
    Integer minor = versions == null ? null : intConstant(versions, "CURRENT_MINOR");
    if (major == null || minor == null) {
      fail(e, "@" + annotation.substring(annotation.lastIndexOf('.') + 1) + " needs the versions of "
          + VERSION_FORMAT);
      return Optional.empty();
    }
    List<String> later = IntStream.rangeClosed(1, minor).mapToObj(n -> major + "." + n).toList();
    if (!later.contains(version)) {
      fail(e, "version \"" + version + "\" of @" + annotation.substring(annotation.lastIndexOf('.') + 1)
          + " is not one of the versions after the first " + later);
      return Optional.empty();
    }
    return Optional.of(version);
  }

  /** The accessors carrying {@code @JsonProperty}, by JSON name. */
  private Map<String, ExecutableElement> jsonAccessors(TypeElement type) {
    Map<String, ExecutableElement> out = new LinkedHashMap<>();
    for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      AnnotationMirror a = annotation(m, JSON_PROPERTY);
      if (a == null) {
        continue;
      }
      Object name = value(a, "value");
      if (m.getModifiers().contains(Modifier.STATIC) || !m.getParameters().isEmpty()
          || m.getReturnType().getKind() == TypeKind.VOID) {
        fail(m, "@JsonProperty on a method that is not an accessor");
      } else if (!(name instanceof String s) || s.isEmpty()) {
        fail(m, "@JsonProperty without an explicit name");
      } else if (out.put(s, m) != null) {
        fail(m, "property \"" + s + "\" declared twice");
      }
    }
    return out;
  }

  /** The JSON names in {@code @JsonPropertyOrder} order, which must name every property once. */
  private List<String> order(TypeElement type, Set<String> names) {
    AnnotationMirror a = annotation(type, JSON_PROPERTY_ORDER);
    if (a == null) {
      fail(type, "no @JsonPropertyOrder: the order of the properties is part of the format");
      return List.of();
    }
    List<String> order = strings(value(a, "value"));
    if (!new HashSet<>(order).equals(names) || order.size() != names.size()) {
      fail(type, "@JsonPropertyOrder " + order + " does not name each property " + names + " exactly once");
      return List.of();
    }
    return order;
  }

  private Property property(String name, ExecutableElement m) {
    boolean defaulted = annotation(m, VALUE_DEFAULT) != null;
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      String type = qualifiedName(a);
      if (type.startsWith(VALUE_PREFIX) && !type.equals(VALUE_DEFAULT)) {
        fail(m, "@" + type.substring(VALUE_PREFIX.length()) + " on a property is not understood");
      }
    }
    if (!defaulted && !m.getModifiers().contains(Modifier.ABSTRACT)) {
      fail(m, "a property's accessor is abstract or @Value.Default");
      return null;
    }
    TypeMirror returned = m.getReturnType();
    FormatModel.Cardinality cardinality = is(returned, "java.util.Optional") ? FormatModel.Cardinality.OPTIONAL
        : is(returned, "java.util.List") ? FormatModel.Cardinality.LIST : FormatModel.Cardinality.SINGLE;
    if (defaulted && cardinality != FormatModel.Cardinality.SINGLE) {
      fail(m, "@Value.Default on an Optional or a List is not understood");
      return null;
    }
    TypeMirror valueType = cardinality == FormatModel.Cardinality.SINGLE ? returned
        : ((DeclaredType) returned).getTypeArguments().get(0);
    Value value = value(valueType, m);
    if (value == null) {
      return null;
    }
    // A value T is constrained by the declaration (javac puts annotations that may go on a method
    // and on a type use on both); the value of an Optional and the elements of a list by the type
    // argument; a list by the declaration.
    boolean[] cascade = {false};
    List<Constraint> declared = constraints(m.getAnnotationMirrors(), m, cascade);
    List<Constraint> constraints;
    List<Constraint> listConstraints = List.of();
    switch (cardinality) {
      case SINGLE -> constraints = declared;
      case OPTIONAL -> {
        if (!declared.isEmpty() || cascade[0]) {
          fail(m, "constraints on an Optional are not understood: put them on its type argument");
        }
        constraints = constraints(valueType.getAnnotationMirrors(), m, cascade);
      }
      default -> {
        if (cascade[0]) {
          fail(m, "@Valid on a list is not understood: put it on its type argument");
        }
        listConstraints = declared;
        constraints = constraints(valueType.getAnnotationMirrors(), m, cascade);
      }
    }
    if (valueType instanceof DeclaredType d && d.getTypeArguments().stream()
        .anyMatch(t -> !t.getAnnotationMirrors().isEmpty())) {
      fail(m, "annotations on a type argument of a type argument are not understood");
    }
    if ((value.kind() == Kind.OBJECT) != cascade[0]) {
      fail(m, value.kind() == Kind.OBJECT
          ? "a property of a model type without @Valid: a validator of the model would not look inside it"
          : "@Valid on a value that is not a model type is not understood");
    }
    List<Check> valueChecks = valueChecks(value, constraints, m);
    List<Check> checks = cardinality == FormatModel.Cardinality.LIST
        ? listChecks(listConstraints, valueChecks, m) : valueChecks;
    boolean personal = annotation(m, PERSONAL_DATA) != null;
    List<ModelCheck> modelChecks = modelChecks(value, constraints, personal);
    Optional<JsonTree> defaultValue = defaulted ? defaultValue(m, value) : Optional.empty();
    boolean required = !defaulted && cardinality == FormatModel.Cardinality.SINGLE;
    Description description = description(m);
    Optional<String> since = since(m, SINCE);
    Optional<String> optionalSince = since(m, OPTIONAL_SINCE);
    if (since.isPresent() && required) {
      fail(m, "@Since on a required property: what a minor version adds is optional");
    }
    if (optionalSince.isPresent() && (since.isPresent() || cardinality != FormatModel.Cardinality.OPTIONAL)) {
      fail(m, "@OptionalSince is understood on an Optional property that earlier versions have, without @Since");
    }
    boolean omittedWhenDefault = omittedWhenDefault(m, defaultValue);
    if (failed) {
      return null;
    }
    return new Property(name, m.getSimpleName().toString(), cardinality, required, defaultValue, value, constraints,
        listConstraints, cascade[0], personal, description, checks, modelChecks, since, optionalSince,
        omittedWhenDefault);
  }

  /**
   * Whether the canonical form leaves a property out while it holds its default: understood is
   * {@code @JsonInclude(NON_DEFAULT)} on a {@code @Value.Default} accessor whose default is the
   * default of its Java type ({@code false}, {@code 0}), which is what Jackson leaves out.
   */
  private boolean omittedWhenDefault(ExecutableElement m, Optional<JsonTree> defaultValue) {
    AnnotationMirror a = annotation(m, JSON_INCLUDE);
    if (a == null) {
      return false;
    }
    boolean javaDefault = defaultValue.map(JsonTree::write).filter(v -> v.equals("false") || v.equals("0"))
        .isPresent() && m.getReturnType().getKind().isPrimitive();
    if (!"NON_DEFAULT".equals(value(a, "value")) || !"ALWAYS".equals(value(a, "content"))
        || !javaDefault) {
      fail(m, "@JsonInclude is understood as @JsonInclude(NON_DEFAULT) on a @Value.Default accessor of a"
          + " primitive whose default is false or 0");
      return false;
    }
    return true;
  }

  /** The value of a type, reading its definition (and, for a model type, its parts) on first use. */
  private Value value(TypeMirror type, Element where) {
    switch (type.getKind()) {
      case INT:
        return new Value(Kind.INTEGER, "int", Optional.empty());
      case BOOLEAN:
        return new Value(Kind.BOOLEAN, "boolean", Optional.empty());
      case DECLARED:
        break;
      default:
        fail(where, "a value of type " + type + " is not understood");
        return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String qualified = element.getQualifiedName().toString();
    switch (qualified) {
      case "java.lang.String":
        return new Value(Kind.STRING, qualified, Optional.empty());
      case "java.lang.Integer":
        return new Value(Kind.INTEGER, qualified, Optional.empty());
      case "java.lang.Boolean":
        return new Value(Kind.BOOLEAN, qualified, Optional.empty());
      case "java.math.BigDecimal":
        return new Value(Kind.DECIMAL, qualified, Optional.empty());
      case "java.time.LocalDate":
        return reference(Kind.DATE, qualified, localDate(where));
      case VERSION_FORMAT:
        return reference(Kind.VERSION, qualified, version(element));
      case EXTENSIONS:
        return reference(Kind.FREE_OBJECT, qualified, freeObject(element));
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM && implementsCodeList(element)) {
      return reference(Kind.CODE_LIST, qualified, codeList(element));
    }
    if (annotation(element, IMMUTABLE) != null) {
      object(element);
      return reference(Kind.OBJECT, qualified, name(element));
    }
    if (annotation(element, JSON_STRING) != null) {
      return reference(Kind.JSON_STRING, qualified, jsonString(element));
    }
    fail(where, "a value of type " + qualified + " is not understood: neither a model type, a code list, "
        + "a @JsonString value type nor one of the format's scalars");
    return null;
  }

  private static Value reference(Kind kind, String javaType, String definition) {
    return definition == null ? null : new Value(kind, javaType, Optional.of(definition));
  }

  // ---------------------------------------------------------------------------------------------
  // Other definitions, each read once, registered in its group at its first reference

  private String codeList(TypeElement type) {
    return define(codeLists, type, () -> {
      Properties labels = labels(type);
      if (labels == null) {
        return null;
      }
      List<Code> codes = new ArrayList<>();
      for (VariableElement constant : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
          String key = type.getSimpleName() + "." + constant.getSimpleName();
          String label = labels.getProperty(key);
          if (label == null || label.isBlank()) {
            fail(constant, "the code has no French label: add " + key + " to " + LABELS + " of its package");
          } else {
            codes.add(new Code(constant.getSimpleName().toString(), label, since(constant, SINCE)));
          }
        }
      }
      return new CodeListType(name(type), type.getQualifiedName().toString(), description(type), codes);
    });
  }

  /**
   * The French labels of the code lists of a package: the bundle {@code labels.properties} beside
   * them, which the build copies among the classes before compiling (the code lists read it at run
   * time too).
   */
  private Properties labels(TypeElement type) {
    String pkg = env.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    return labelsByPackage.computeIfAbsent(pkg, p -> {
      try (Reader in = new InputStreamReader(env.getFiler()
          .getResource(StandardLocation.CLASS_OUTPUT, p, LABELS).openInputStream(), StandardCharsets.UTF_8)) {
        Properties read = new Properties();
        read.load(in);
        return read;
      } catch (IOException e) {
        fail(type, "the labels of the code lists are read from " + LABELS + " of package " + p
            + ", among the classes: not found (" + e.getMessage() + ")");
        return null;
      }
    });
  }

  private String version(TypeElement type) {
    return define(versions, type, () -> {
      Integer major = intConstant(type, "SUPPORTED_MAJOR");
      Integer minor = intConstant(type, "CURRENT_MINOR");
      Factory factory = factory(type, JSON_CREATOR, "java.lang.CharSequence", "java.lang.String");
      if (major == null || minor == null || factory == null) {
        return null;
      }
      if (!writtenAsToString(type)) {
        fail(type, "the string of the version is its toString(), annotated @JsonValue");
        return null;
      }
      List<String> read = IntStream.rangeClosed(0, minor).mapToObj(n -> major + "." + n).toList();
      Description description = description(type);
      if (description != null) {
        description.examples().stream().filter(e -> !(e instanceof JsonTree.Text t && read.contains(t.value())))
            .forEach(e -> fail(type, "example " + JsonTree.write(e) + " is not one of the versions " + read));
      }
      return new VersionType(name(type), type.getQualifiedName().toString(), description, read, factory);
    });
  }

  private String freeObject(TypeElement type) {
    return define(freeObjects, type, () -> {
      Factory factory = factory(type, JSON_CREATOR, OBJECT_NODE);
      Description description = description(type);
      if (description != null) {
        description.examples().stream().filter(e -> !(e instanceof JsonTree.Members))
            .forEach(e -> fail(type, "example " + JsonTree.write(e) + " is not a JSON object"));
      }
      List<ExecutableElement> trees = ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type)).stream()
          .filter(m -> annotation(m, JSON_VALUE) != null).toList();
      if (trees.size() != 1 || !trees.get(0).getParameters().isEmpty()
          || !erasure(trees.get(0).getReturnType()).equals(OBJECT_NODE)) {
        fail(type, "a free object is written from its one @JsonValue accessor, which returns an " + OBJECT_NODE);
        return null;
      }
      return factory == null ? null : new FreeObjectType(name(type), type.getQualifiedName().toString(), description,
          factory, trees.get(0).getSimpleName().toString());
    });
  }

  private String jsonString(TypeElement type) {
    return define(strings, type, () -> {
      Factory factory = factory(type, JSON_CREATOR, "java.lang.CharSequence", "java.lang.String");
      return factory == null ? null : stringType(name(type), type.getQualifiedName().toString(), type, factory);
    });
  }

  /** {@code LocalDate}, as the model's reader of dates describes it. */
  private String localDate(Element where) {
    TypeElement reader = env.getElementUtils().getTypeElement(DATE_READER);
    if (reader == null) {
      fail(where, "LocalDate is described by " + DATE_READER + ", which is not found");
      return null;
    }
    if (strings.containsKey("LocalDate")) {
      return "LocalDate";
    }
    javaTypeOfName.put("LocalDate", "java.time.LocalDate");
    strings.put("LocalDate", null);
    Factory factory = factory(reader, null, "java.lang.String");
    StringType t = factory == null ? null : stringType("LocalDate", "java.time.LocalDate", reader, factory);
    if (t == null) {
      return null;
    }
    strings.put("LocalDate", t);
    return "LocalDate";
  }

  private StringType stringType(String name, String javaType, TypeElement annotated, Factory factory) {
    AnnotationMirror a = annotation(annotated, JSON_STRING);
    if (a == null) {
      fail(annotated, "no @JsonString: the form of the string is unknown");
      return null;
    }
    String pattern = (String) value(a, "pattern");
    if (!javaType.equals("java.time.LocalDate") && !writtenAsToString(annotated)) {
      fail(annotated, "the string of a @JsonString value type is its toString(), annotated @JsonValue");
    }
    Description description = description(annotated);
    if (!compiles(pattern, annotated) || description == null) {
      return null;
    }
    examplesMatch(description, List.of(pattern), annotated);
    return new StringType(name, javaType, description, pattern, factory);
  }

  /** Whether the one {@code @JsonValue} method of a type, inherited or not, is {@code toString()}. */
  private boolean writtenAsToString(TypeElement type) {
    List<ExecutableElement> values = ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type)).stream()
        .filter(m -> annotation(m, JSON_VALUE) != null).toList();
    return values.size() == 1 && values.get(0).getSimpleName().contentEquals("toString");
  }

  /** A composed constraint shared as a definition, its composing constraints read already. */
  private String constraintType(TypeElement annotationType, List<Constraint> composedOf, Element where) {
    return define(constraintTypes, annotationType, () -> {
      Description description = description(annotationType);
      Value string = new Value(Kind.STRING, "java.lang.String", Optional.empty());
      List<Check> checks = valueChecks(string, composedOf, where);
      if (description != null) {
        examplesMatch(description, checks.stream().filter(Check.Pattern.class::isInstance)
            .map(c -> ((Check.Pattern) c).regex()).toList(), annotationType);
      }
      return description == null ? null : new ConstraintType(name(annotationType),
          annotationType.getQualifiedName().toString(), description, composedOf, checks);
    });
  }

  /** Reads a definition once into its group; returns its name, or null after an error. */
  private String define(Map<String, Definition> group, TypeElement type,
      java.util.function.Supplier<Definition> read) {
    String name = name(type);
    if (group.containsKey(name)) {
      return group.get(name) == null ? null : name;
    }
    group.put(name, null);
    visiting.add(type.getQualifiedName().toString());
    Definition d = read.get();
    if (d == null) {
      return null;
    }
    group.put(name, d);
    return name;
  }

  /** The simple name of a type, which must name no other type of the format. */
  private String name(TypeElement type) {
    String name = type.getSimpleName().toString();
    String qualified = type.getQualifiedName().toString();
    String previous = javaTypeOfName.putIfAbsent(name, qualified);
    if (previous != null && !previous.equals(qualified)) {
      fail(type, "two parts of the format are named " + name + ": " + previous + " and " + qualified);
    }
    return name;
  }

  // ---------------------------------------------------------------------------------------------
  // Constraints and what they imply

  /** The constraints among annotations; sets {@code cascade[0]} on {@code @Valid}. */
  private List<Constraint> constraints(List<? extends AnnotationMirror> annotations, Element where,
      boolean[] cascade) {
    List<Constraint> out = new ArrayList<>();
    for (AnnotationMirror a : annotations) {
      TypeElement kind = (TypeElement) a.getAnnotationType().asElement();
      String name = kind.getQualifiedName().toString();
      if (name.equals(VALID)) {
        cascade[0] = true;
      } else if (annotation(kind, CONSTRAINT) != null) {
        Constraint c = constraint(a, where);
        if (c != null) {
          out.add(c);
        }
      } else if (repeatsConstraints(kind) || name.startsWith("jakarta.validation")
          || name.startsWith("org.hibernate.validator")) {
        fail(where, "@" + name + " is not understood");
      }
    }
    return out;
  }

  private Constraint constraint(AnnotationMirror a, Element where) {
    TypeElement kind = (TypeElement) a.getAnnotationType().asElement();
    String name = kind.getQualifiedName().toString();
    Map<String, Object> attributes = attributes(a, where);
    if (attributes == null) {
      return null;
    }
    if (name.startsWith(BUILT_IN_PACKAGE)) {
      String simple = name.substring(BUILT_IN_PACKAGE.length());
      if (!simple.equals("NotNull") && !STRING_CONSTRAINTS.contains(simple) && !NUMBER_CONSTRAINTS.contains(simple)) {
        fail(where, "constraint @" + simple + " is not understood");
        return null;
      }
      if (!builtInUnderstood(simple, attributes, where)) {
        return null;
      }
      return new Constraint(name, attributes, List.of());
    }
    if (name.startsWith("jakarta.validation") || name.startsWith("org.hibernate.validator")) {
      fail(where, "constraint @" + name + " is not understood");
      return null;
    }
    AnnotationMirror definition = annotation(kind, CONSTRAINT);
    if (!strings(value(definition, "validatedBy")).isEmpty()) {
      fail(where, "constraint @" + name + " has a validator of its own: not understood");
      return null;
    }
    for (ExecutableElement attribute : ElementFilter.methodsIn(kind.getEnclosedElements())) {
      String attributeName = attribute.getSimpleName().toString();
      if (annotation(attribute, OVERRIDES) != null || annotation(attribute, OVERRIDES + ".List") != null
          || !(attributeName.equals("message") || NOT_ATTRIBUTES.contains(attributeName))) {
        fail(where, "constraint @" + name + " has an attribute " + attributeName + " of its own: not understood");
        return null;
      }
    }
    List<Constraint> composedOf = new ArrayList<>();
    for (AnnotationMirror meta : kind.getAnnotationMirrors()) {
      TypeElement metaKind = (TypeElement) meta.getAnnotationType().asElement();
      if (annotation(metaKind, CONSTRAINT) != null) {
        if (!qualifiedName(meta).startsWith(BUILT_IN_PACKAGE)) {
          fail(where, "constraint @" + name + " is composed of a constraint of the model: not understood");
          return null;
        }
        Constraint c = constraint(meta, where);
        if (c == null) {
          return null;
        }
        composedOf.add(c);
      }
    }
    if (composedOf.isEmpty()) {
      fail(where, "constraint @" + name + " has neither a validator nor composing constraints");
      return null;
    }
    return new Constraint(name, attributes, composedOf);
  }

  private boolean builtInUnderstood(String simple, Map<String, Object> attributes, Element where) {
    String problem = switch (simple) {
      case "Pattern" -> ((List<?>) attributes.get("flags")).isEmpty() ? null : "@Pattern with flags";
      case "Email" -> ".*".equals(attributes.get("regexp")) && ((List<?>) attributes.get("flags")).isEmpty()
          ? null : "@Email with a regexp or flags";
      case "Size" -> (Integer) attributes.get("min") >= 0
          && (Integer) attributes.get("max") >= (Integer) attributes.get("min")
          ? null : "@Size with min < 0 or max < min";
      case "DecimalMin", "DecimalMax" -> decimal((String) attributes.get("value")) != null
          ? null : "@" + simple + " whose value is not a decimal number";
      default -> null;
    };
    if (problem != null) {
      fail(where, problem + " is not understood");
      return false;
    }
    if (simple.equals("Pattern")) {
      return compiles((String) attributes.get("regexp"), where);
    }
    return true;
  }

  /** The attributes of a constraint, explicit or default, but groups and payload, which must be empty. */
  private Map<String, Object> attributes(AnnotationMirror a, Element where) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        env.getElementUtils().getElementValuesWithDefaults(a);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      String key = e.getKey().getSimpleName().toString();
      Object v = plain(e.getValue());
      if (NOT_ATTRIBUTES.contains(key)) {
        if (!((List<?>) v).isEmpty()) {
          fail(where, "constraint @" + qualifiedName(a) + " with " + key + " is not understood");
          return null;
        }
      } else if (v == null) {
        fail(where, "attribute " + key + " of @" + qualifiedName(a) + " is not understood");
        return null;
      } else {
        out.put(key, v);
      }
    }
    return out;
  }

  /** An annotation value as a plain Java value; null for a kind not understood. */
  private static Object plain(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      for (Object item : list) {
        items.add(plain((AnnotationValue) item));
      }
      return items.contains(null) ? null : List.copyOf(items);
    }
    if (v instanceof VariableElement constant && constant.getKind() == ElementKind.ENUM_CONSTANT) {
      return constant.getSimpleName().toString();
    }
    if (v instanceof DeclaredType d) {
      return ((TypeElement) d.asElement()).getQualifiedName().toString();
    }
    return v instanceof String || v instanceof Integer || v instanceof Long || v instanceof Boolean ? v : null;
  }

  /**
   * The checks of the schema on one value: its type (or the definition it refers to), then lengths,
   * pattern and bounds, each the tightest its constraints give.
   */
  private List<Check> valueChecks(Value value, List<Constraint> constraints, Element where) {
    List<Check> out = new ArrayList<>();
    List<Constraint> builtIn = new ArrayList<>();
    List<Constraint> composed = constraints.stream().filter(c -> !c.composedOf().isEmpty()).toList();
    if (composed.size() > 1) {
      fail(where, "more than one composed constraint on a value is not understood");
      return out;
    }
    if (!composed.isEmpty()) {
      Constraint c = composed.get(0);
      if (value.kind() != Kind.STRING) {
        fail(where, "constraint @" + c.annotation() + " applies to strings only");
        return out;
      }
      String definition = constraintType(env.getElementUtils().getTypeElement(c.annotation()), c.composedOf(), where);
      if (definition == null) {
        return out;
      }
      out.add(new Check.Ref(definition));
    } else {
      switch (value.kind()) {
        case STRING -> out.add(new Check.Type(JsonType.STRING, value.javaType()));
        case INTEGER -> out.add(new Check.Type(JsonType.INTEGER, value.javaType()));
        case DECIMAL -> out.add(new Check.Type(JsonType.NUMBER, value.javaType()));
        case BOOLEAN -> out.add(new Check.Type(JsonType.BOOLEAN, value.javaType()));
        default -> out.add(new Check.Ref(value.definition().orElseThrow()));
      }
    }
    constraints.stream().filter(c -> c.composedOf().isEmpty()).forEach(builtIn::add);
    for (Constraint c : builtIn) {
      String simple = c.simpleName();
      boolean applies = simple.equals("NotNull")
          || STRING_CONSTRAINTS.contains(simple) && value.kind() == Kind.STRING
          || NUMBER_CONSTRAINTS.contains(simple) && (value.kind() == Kind.INTEGER || value.kind() == Kind.DECIMAL);
      if (!applies) {
        fail(where, "constraint @" + simple + " does not apply to a value of kind " + value.kind());
        return out;
      }
    }
    // Lengths, tightest first.
    Check.MinLength minLength = null;
    Check.MaxLength maxLength = null;
    for (Constraint c : builtIn) {
      if (c.simpleName().equals("Size")) {
        int min = (Integer) c.attributes().get("min");
        int max = (Integer) c.attributes().get("max");
        if (min > 0 && (minLength == null || min > minLength.value())) {
          minLength = new Check.MinLength(min, c.annotation());
        }
        if (max < Integer.MAX_VALUE && (maxLength == null || max < maxLength.value())) {
          maxLength = new Check.MaxLength(max, c.annotation());
        }
      }
    }
    Stream.of(minLength, maxLength).filter(java.util.Objects::nonNull).forEach(out::add);
    for (Constraint c : builtIn) {
      switch (c.simpleName()) {
        case "NotBlank" -> out.add(new Check.Pattern(NOT_BLANK, c.annotation()));
        case "Pattern" -> out.add(new Check.Pattern((String) c.attributes().get("regexp"), c.annotation()));
        default -> {
          // Not a pattern.
        }
      }
    }
    if (value.kind() == Kind.INTEGER || value.kind() == Kind.DECIMAL) {
      bounds(value, builtIn, out);
    }
    return out;
  }

  /** The tightest lower and upper bounds; an integer's are inclusive and within the range of int. */
  private static void bounds(Value value, List<Constraint> constraints, List<Check> out) {
    boolean integer = value.kind() == Kind.INTEGER;
    Check.Minimum lower = integer
        ? new Check.Minimum(BigDecimal.valueOf(Integer.MIN_VALUE), false, value.javaType()) : null;
    Check.Maximum upper = integer
        ? new Check.Maximum(BigDecimal.valueOf(Integer.MAX_VALUE), false, value.javaType()) : null;
    for (Constraint c : constraints) {
      Map<String, Object> a = c.attributes();
      Check.Minimum min = switch (c.simpleName()) {
        case "Positive" -> new Check.Minimum(BigDecimal.ZERO, true, c.annotation());
        case "PositiveOrZero" -> new Check.Minimum(BigDecimal.ZERO, false, c.annotation());
        case "Min" -> new Check.Minimum(BigDecimal.valueOf((Long) a.get("value")), false, c.annotation());
        case "DecimalMin" -> new Check.Minimum(decimal((String) a.get("value")), !(Boolean) a.get("inclusive"),
            c.annotation());
        default -> null;
      };
      Check.Maximum max = switch (c.simpleName()) {
        case "Max" -> new Check.Maximum(BigDecimal.valueOf((Long) a.get("value")), false, c.annotation());
        case "DecimalMax" -> new Check.Maximum(decimal((String) a.get("value")), !(Boolean) a.get("inclusive"),
            c.annotation());
        default -> null;
      };
      if (min != null && integer) {
        BigDecimal v = min.exclusive() ? min.value().setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
            : min.value().setScale(0, RoundingMode.CEILING);
        min = new Check.Minimum(v, false, min.source());
      }
      if (max != null && integer) {
        BigDecimal v = max.exclusive() ? max.value().setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
            : max.value().setScale(0, RoundingMode.FLOOR);
        max = new Check.Maximum(v, false, max.source());
      }
      if (min != null && (lower == null || tighterLower(min, lower))) {
        lower = min;
      }
      if (max != null && (upper == null || tighterUpper(max, upper))) {
        upper = max;
      }
    }
    Stream.of(lower, upper).filter(java.util.Objects::nonNull).forEach(out::add);
  }

  private static boolean tighterLower(Check.Minimum candidate, Check.Minimum current) {
    int c = candidate.value().compareTo(current.value());
    return c > 0 || c == 0 && candidate.exclusive() && !current.exclusive();
  }

  private static boolean tighterUpper(Check.Maximum candidate, Check.Maximum current) {
    int c = candidate.value().compareTo(current.value());
    return c < 0 || c == 0 && candidate.exclusive() && !current.exclusive();
  }

  /** Type array, the number of items its constraints allow, then the checks of each item. */
  private List<Check> listChecks(List<Constraint> listConstraints, List<Check> itemChecks, Element where) {
    List<Check> out = new ArrayList<>();
    out.add(new Check.Type(JsonType.ARRAY, "java.util.List"));
    for (Constraint c : listConstraints) {
      switch (c.simpleName()) {
        case "NotNull" -> {
          // A list is never null: absent means empty.
        }
        case "Size" -> {
          int min = (Integer) c.attributes().get("min");
          int max = (Integer) c.attributes().get("max");
          if (min > 0) {
            out.add(new Check.MinItems(min, c.annotation()));
          }
          if (max < Integer.MAX_VALUE) {
            out.add(new Check.MaxItems(max, c.annotation()));
          }
        }
        default -> fail(where, "constraint @" + c.annotation() + " on a list is not understood");
      }
    }
    if (listConstraints.stream().filter(c -> c.simpleName().equals("Size")).count() > 1) {
      fail(where, "more than one @Size on a list is not understood");
    }
    out.add(new Check.Items(itemChecks));
    return out;
  }

  private List<ModelCheck> modelChecks(Value value, List<Constraint> constraints, boolean personal) {
    List<ModelCheck> out = new ArrayList<>();
    value.definition().map(this::definition).ifPresent(d -> {
      if (d instanceof StringType s) {
        out.add(new ModelCheck.Parse(s.factory()));
      } else if (d instanceof VersionType v) {
        out.add(new ModelCheck.Parse(v.factory()));
      }
    });
    constraints.stream().filter(c -> c.simpleName().equals("Email") && c.composedOf().isEmpty())
        .forEach(c -> out.add(new ModelCheck.Email(c.annotation())));
    if (personal) {
      out.add(new ModelCheck.PersonalData());
    }
    return out;
  }

  private Definition definition(String name) {
    return Stream.of(freeObjects, codeLists, versions, constraintTypes, strings)
        .map(g -> g.get(name)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  // ---------------------------------------------------------------------------------------------
  // Default values, read from the source

  /** The constant a {@code @Value.Default} accessor returns, as JSON. */
  private Optional<JsonTree> defaultValue(ExecutableElement m, Value value) {
    MethodTree tree = trees(m) == null ? null : trees.getTree(m);
    List<? extends StatementTree> body =
        tree == null || tree.getBody() == null ? List.of() : tree.getBody().getStatements();
    if (body.size() == 1 && body.get(0) instanceof ReturnTree r && r.getExpression() != null) {
      ExpressionTree e = r.getExpression();
      if (e instanceof LiteralTree l) {
        Object v = l.getValue();
        if (v instanceof Boolean && value.kind() == Kind.BOOLEAN) {
          return Optional.of(new JsonTree.Literal(v.toString()));
        }
        if (v instanceof Integer && value.kind() == Kind.INTEGER) {
          return Optional.of(new JsonTree.Numeral(v.toString()));
        }
        if (v instanceof String s && value.kind() == Kind.STRING) {
          return Optional.of(new JsonTree.Text(s));
        }
      } else if (value.kind() == Kind.CODE_LIST) {
        Element constant = trees.getElement(TreePath.getPath(trees.getPath(m).getCompilationUnit(), e));
        if (constant != null && constant.getKind() == ElementKind.ENUM_CONSTANT
            && ((TypeElement) constant.getEnclosingElement()).getQualifiedName().contentEquals(value.javaType())) {
          return Optional.of(new JsonTree.Text(constant.getSimpleName().toString()));
        }
      }
    }
    fail(m, "a @Value.Default accessor returns one constant of its value's type (a literal, a code): "
        + "the default value of the format is read from it");
    return Optional.empty();
  }

  /** The compiler's trees, or null after an error when the compiler offers none. */
  private Trees trees(Element where) {
    if (trees == null) {
      try {
        trees = Trees.instance(env);
      } catch (IllegalArgumentException e) {
        fail(where, "this compiler gives no access to the source, from which labels and defaults are read");
        return null;
      }
    }
    return trees;
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions, factories, small readers

  private Description description(Element e) {
    AnnotationMirror a = annotation(e, DESCRIPTION);
    if (a == null) {
      fail(e, "no @Description: the published schema describes every part of the format");
      return null;
    }
    String text = (String) value(a, "value");
    if (text == null || text.isBlank()) {
      fail(e, "@Description with an empty text");
      return null;
    }
    List<JsonTree> examples = new ArrayList<>();
    for (String example : strings(value(a, "examples"))) {
      JsonTree parsed = json(example, e, "example " + example);
      if (parsed != null) {
        examples.add(parsed);
      }
    }
    return new Description(text, examples);
  }

  private void examplesMatch(Description description, List<String> patterns, Element where) {
    for (JsonTree example : description.examples()) {
      if (!(example instanceof JsonTree.Text t)) {
        fail(where, "example " + JsonTree.write(example) + " is not a string");
      } else {
        patterns.stream().filter(p -> !java.util.regex.Pattern.compile(p).matcher(t.value()).find())
            .forEach(p -> fail(where, "example \"" + t.value() + "\" does not match " + p));
      }
    }
  }

  private JsonTree json(String text, Element where, String what) {
    try {
      return JsonTree.parse(text);
    } catch (IllegalArgumentException | NullPointerException x) {
      fail(where, what + " is not JSON text: " + x.getMessage());
      return null;
    }
  }

  /**
   * The static factory of one parameter of the given types: annotated as given, or named
   * {@code parse} when no annotation is given.
   */
  private Factory factory(TypeElement type, String annotation, String... parameters) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean marked = annotation == null
          ? m.getSimpleName().contentEquals("parse") : annotation(m, annotation) != null;
      if (marked && m.getModifiers().contains(Modifier.STATIC) && m.getParameters().size() == 1) {
        String parameter = erasure(m.getParameters().get(0).asType());
        if (List.of(parameters).contains(parameter)) {
          return new Factory(type.getQualifiedName().toString(), m.getSimpleName().toString(), parameter);
        }
      }
    }
    fail(type, "no static " + (annotation == null ? "parse" : "@JsonCreator") + " method of one "
        + String.join(" or ", parameters) + ": the model cannot read this value");
    return null;
  }

  private Integer intConstant(TypeElement type, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name) && field.getConstantValue() instanceof Integer i) {
        return i;
      }
    }
    fail(type, "no int constant " + name + ": the versions of the format are read from it");
    return null;
  }

  private boolean compiles(String regex, Element where) {
    try {
      java.util.regex.Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException | NullPointerException e) {
      fail(where, "pattern " + regex + " does not compile");
      return false;
    }
  }

  private boolean implementsCodeList(TypeElement element) {
    return element.getInterfaces().stream().anyMatch(i -> is(i, CODE_LIST));
  }

  /** Whether an annotation type holds repeated constraints: its {@code value} is an array of them. */
  private static boolean repeatsConstraints(TypeElement kind) {
    return ElementFilter.methodsIn(kind.getEnclosedElements()).stream()
        .anyMatch(m -> m.getSimpleName().contentEquals("value") && m.getReturnType() instanceof ArrayType array
            && array.getComponentType() instanceof DeclaredType component
            && annotation(component.asElement(), CONSTRAINT) != null);
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  private void fail(Element where, String message) {
    failed = true;
    env.getMessager().printMessage(Diagnostic.Kind.ERROR, message, where);
  }

  /**
   * Returns an annotation of an element by its type's qualified name.
   *
   * @param e the element
   * @param type the annotation type's qualified name
   * @return the annotation, or null when the element has none of that type
   */
  static AnnotationMirror annotation(Element e, String type) {
    return e.getAnnotationMirrors().stream().filter(a -> qualifiedName(a).equals(type)).findFirst().orElse(null);
  }

  private static String qualifiedName(AnnotationMirror a) {
    return ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** An attribute of an annotation, explicit or default, as a plain value. */
  private Object value(AnnotationMirror a, String name) {
    return env.getElementUtils().getElementValuesWithDefaults(a).entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals(name)).findFirst()
        .map(e -> plain(e.getValue())).orElse(null);
  }

  private static List<String> strings(Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    return value instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.toList()) : List.of();
  }

  private static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  private static String erasure(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : type.toString();
  }
}
