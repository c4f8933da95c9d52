package io.clsante.codegen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The JSON format as the annotated model describes it, read once from the declarations of
 * {@code cls-model} by {@link FormatReader}: the one input of every generator of this module (the
 * published JSON Schema, the binding, the structural checks). Immutable; no generator reads an
 * annotation itself.
 *
 * <p>Shape:
 * <ul>
 *   <li>{@link #document()}: the root type and what the schema says of a document as a whole
 *       ({@code @JsonDocument} on the root: {@code $id}, title, description, example);
 *   <li>{@link #definitions()}: every named part of the format, each a {@link Definition} named as
 *       in the schema's {@code $defs}, in document order: the {@link ObjectType}s, then the
 *       {@link FreeObjectType}, the {@link CodeListType}s, the {@link VersionType}, the
 *       {@link ConstraintType}s and the {@link StringType}s, each group in the order of the first
 *       reference met walking the document depth first, properties in {@code @JsonPropertyOrder}
 *       order;
 *   <li>each {@link ObjectType} has its {@link Property properties}: JSON name, accessor,
 *       {@link Cardinality}, required or not, default value, {@link Value value} (its
 *       {@link Kind} and Java type), the Jakarta constraints on the property and on its value (or
 *       list elements), the cascade ({@code @Valid}), personal data ({@code @DonneePersonnelle}) and
 *       {@link Description};
 *   <li>what each part implies, derived once here: {@link Check}s at the level of the schema
 *       (type, {@code $ref}, enum, pattern, lengths, bounds, items, required, no additional
 *       property), in the order the schema writes them, and {@link ModelCheck}s that only the model
 *       decides (a value type's parse, an e-mail address, personal data).
 * </ul>
 *
 * @param document the document as a whole
 * @param definitions the named parts, in document order
 */
record FormatModel(Document document, List<Definition> definitions) {

  FormatModel {
    definitions = List.copyOf(definitions);
  }

  /**
   * Returns a definition by its name.
   *
   * @param name the name, as in the schema's {@code $defs}
   * @return the definition
   * @throws IllegalArgumentException if there is none of that name
   */
  Definition definition(String name) {
    return definitions.stream().filter(d -> d.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no definition " + name));
  }

  /**
   * Returns checks with each reference to a definition other than an object type replaced by that
   * definition's checks, in turn inlined.
   *
   * @param checks the checks
   * @return the checks without references but to object types
   */
  List<Check> inlined(List<Check> checks) {
    return checks.stream().flatMap(c -> c instanceof Check.Ref r && !(definition(r.definition()) instanceof ObjectType)
        ? inlined(definition(r.definition()).checks()).stream() : java.util.stream.Stream.of(c)).toList();
  }

  /**
   * Returns the object types, in document order.
   *
   * @return the object types, the root first
   */
  List<ObjectType> objectTypes() {
    return definitions.stream().filter(ObjectType.class::isInstance).map(ObjectType.class::cast).toList();
  }

  /**
   * Returns the root type.
   *
   * @return the type of a whole document
   */
  ObjectType root() {
    return (ObjectType) definition(document.root());
  }

  /**
   * What the schema says of a document as a whole.
   *
   * @param root the name of the root type
   * @param schemaId the schema's {@code $id}
   * @param title the schema's title
   * @param description the schema's description
   * @param example an example document
   */
  record Document(String root, String schemaId, String title, String description, JsonTree example) {}

  /**
   * A French description and its examples, from {@code @Description}.
   *
   * @param text the description
   * @param examples the examples, each a JSON value
   */
  record Description(String text, List<JsonTree> examples) {
    Description {
      examples = List.copyOf(examples);
    }
  }

  /** A named part of the format: one entry of the schema's {@code $defs}. */
  sealed interface Definition permits ObjectType, FreeObjectType, CodeListType, VersionType, ConstraintType,
      StringType {
    /**
     * Returns the name, the simple name of the Java type (of the annotation, for a constraint).
     *
     * @return the name
     */
    String name();

    /**
     * Returns the qualified name of the Java type that states this part.
     *
     * @return the qualified name
     */
    String javaType();

    /**
     * Returns the description.
     *
     * @return the description
     */
    Description description();

    /**
     * Returns what the schema checks of a value of this part, in the order it writes them.
     *
     * @return the checks
     */
    List<Check> checks();
  }

  /**
   * A {@code @Value.Immutable} type of the model, written as a JSON object that admits its
   * properties only.
   *
   * @param name the simple name
   * @param javaType the qualified name
   * @param description the description
   * @param properties the properties, in {@code @JsonPropertyOrder} order
   * @param shorthand the property a string written in place of the object fills ({@code @Shorthand}),
   *     if the type may be written so
   * @param since the minor version that added the object form ({@code @Since} on the type), for a
   *     type earlier versions write as its shorthand only
   */
  record ObjectType(String name, String javaType, Description description, List<Property> properties,
      Optional<String> shorthand, Optional<String> since) implements Definition {
    ObjectType {
      properties = List.copyOf(properties);
    }

    /**
     * Returns a property by its JSON name.
     *
     * @param name the name
     * @return the property
     * @throws IllegalArgumentException if the type has none of that name
     */
    Property property(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(this.name + " has no property " + name));
    }

    /**
     * Returns the names of the required properties, in order.
     *
     * @return the names
     */
    List<String> required() {
      return properties.stream().filter(Property::required).map(Property::name).toList();
    }

    /** Type object, no additional property, then the required properties when there are some. */
    @Override
    public List<Check> checks() {
      List<String> required = required();
      return required.isEmpty()
          ? List.of(new Check.Type(JsonType.OBJECT, javaType), new Check.NoAdditionalProperties())
          : List.of(new Check.Type(JsonType.OBJECT, javaType), new Check.NoAdditionalProperties(),
              new Check.Required(required));
    }
  }

  /**
   * A JSON object of any content, preserved as it is ({@code Extensions}).
   *
   * @param name the simple name
   * @param javaType the qualified name
   * @param description the description
   * @param factory how the model builds it from a JSON object
   * @param tree the name of its accessor that gives the JSON object ({@code @JsonValue}), of no
   *     parameter
   */
  record FreeObjectType(String name, String javaType, Description description, Factory factory, String tree)
      implements Definition {
    @Override
    public List<Check> checks() {
      return List.of(new Check.Type(JsonType.OBJECT, javaType));
    }
  }

  /**
   * An enum implementing {@code CodeList}, written as one of its codes.
   *
   * @param name the simple name
   * @param javaType the qualified name
   * @param description the description of the list (the schema appends the codes and labels)
   * @param codes the constants, in declaration order
   */
  record CodeListType(String name, String javaType, Description description, List<Code> codes)
      implements Definition {
    CodeListType {
      codes = List.copyOf(codes);
    }

    @Override
    public List<Check> checks() {
      return List.of(new Check.Type(JsonType.STRING, javaType),
          new Check.Enum(codes.stream().map(Code::code).toList(), javaType));
    }
  }

  /**
   * A constant of a code list.
   *
   * @param code the code, the constant's name
   * @param libelle its French label
   * @param since the minor version that added it ({@code @Since}), if not the first
   */
  record Code(String code, String libelle, Optional<String> since) {}

  /**
   * The version of the format ({@code VersionFormat}), written {@code MAJOR.MINOR}: one of the
   * versions this model reads.
   *
   * @param name the simple name
   * @param javaType the qualified name
   * @param description the description
   * @param versions the versions read, oldest first
   * @param factory how the model reads one
   */
  record VersionType(String name, String javaType, Description description, List<String> versions,
      Factory factory) implements Definition {
    VersionType {
      versions = List.copyOf(versions);
    }

    @Override
    public List<Check> checks() {
      return List.of(new Check.Type(JsonType.STRING, javaType), new Check.Enum(versions, javaType));
    }
  }

  /**
   * A constraint annotation of the model composed of built-in constraints only (such as
   * {@code @IdentifiantLocal}: {@code @Pattern} and {@code @Size}), named as a part of the format
   * because it is shared by many properties.
   *
   * @param name the annotation's simple name
   * @param javaType the annotation's qualified name
   * @param description the description
   * @param composedOf its composing constraints
   * @param checks what they imply for a string
   */
  record ConstraintType(String name, String javaType, Description description, List<Constraint> composedOf,
      List<Check> checks) implements Definition {
    ConstraintType {
      composedOf = List.copyOf(composedOf);
      checks = List.copyOf(checks);
    }
  }

  /**
   * A value type written as one string ({@code @JsonString}: {@code Siren}, {@code DateCalendaire}…),
   * or {@code LocalDate} as the model reads it.
   *
   * @param name the simple name
   * @param javaType the qualified name
   * @param description the description
   * @param pattern the form of the string, anchored
   * @param factory how the model reads the string; it may refuse more than the pattern does
   */
  record StringType(String name, String javaType, Description description, String pattern, Factory factory)
      implements Definition {
    @Override
    public List<Check> checks() {
      return List.of(new Check.Type(JsonType.STRING, javaType), new Check.Pattern(pattern, javaType));
    }
  }

  /**
   * A static method of the model that builds a value from its JSON form.
   *
   * @param owner the qualified name of the class that declares it
   * @param method the method's name
   * @param parameter the qualified name of its one parameter's type
   */
  record Factory(String owner, String method, String parameter) {}

  /**
   * A property of an object type.
   *
   * @param name the JSON name ({@code @JsonProperty})
   * @param accessor the accessor's name
   * @param cardinality one value, an optional one, or a list
   * @param required whether the document must hold it: an abstract accessor neither
   *     {@code Optional} nor {@code List}
   * @param defaultValue the value when absent, for a {@code @Value.Default} accessor: the constant
   *     its body returns
   * @param value the value, or the type of the list's elements
   * @param constraints the constraints on the value (on each element of a list), composed ones as
   *     written
   * @param listConstraints the constraints on the list itself
   * @param cascade whether the value (each element) is validated in turn ({@code @Valid})
   * @param personalData whether the property is marked {@code @DonneePersonnelle}
   * @param description the description
   * @param checks what the schema checks of the property's JSON value, in the order it writes them
   * @param modelChecks what only the model decides of its value
   * @param since the minor version that added the property ({@code @Since}), if not the first
   * @param optionalSince the minor version from which the property may be left out
   *     ({@code @OptionalSince}), for a property earlier versions require
   * @param omittedWhenDefault whether the canonical form leaves the property out while it holds its
   *     default value ({@code @JsonInclude(NON_DEFAULT)} on a {@code @Value.Default} accessor whose
   *     default is {@code false} or {@code 0}); otherwise a property with a default is always written
   */
  record Property(String name, String accessor, Cardinality cardinality, boolean required,
      Optional<JsonTree> defaultValue, Value value, List<Constraint> constraints, List<Constraint> listConstraints,
      boolean cascade, boolean personalData, Description description, List<Check> checks,
      List<ModelCheck> modelChecks, Optional<String> since, Optional<String> optionalSince,
      boolean omittedWhenDefault) {
    Property {
      constraints = List.copyOf(constraints);
      listConstraints = List.copyOf(listConstraints);
      checks = List.copyOf(checks);
      modelChecks = List.copyOf(modelChecks);
    }
  }

  /** How many values a property holds. */
  enum Cardinality {
    /** Exactly one (it may have a default): {@code T}. */
    SINGLE,
    /** None or one: {@code Optional<T>}. */
    OPTIONAL,
    /** A list, absent meaning empty: {@code List<T>}. */
    LIST
  }

  /**
   * The value of a property (the element type of a list).
   *
   * @param kind what it is
   * @param javaType its Java type: a qualified name, or {@code int} or {@code boolean}
   * @param definition the name of its definition, for the kinds that have one
   */
  record Value(Kind kind, String javaType, Optional<String> definition) {}

  /** The kinds of value the format has. */
  enum Kind {
    /** {@code String}. */
    STRING,
    /** {@code Integer} or {@code int}, within the range of {@code int}. */
    INTEGER,
    /** {@code BigDecimal}, read without loss. */
    DECIMAL,
    /** {@code boolean} or {@code Boolean}. */
    BOOLEAN,
    /** {@code LocalDate}: a {@link StringType} named {@code LocalDate}. */
    DATE,
    /** A {@link CodeListType}. */
    CODE_LIST,
    /** An {@link ObjectType}. */
    OBJECT,
    /** A value type written as a string: a {@link StringType}. */
    JSON_STRING,
    /** The {@link VersionType}. */
    VERSION,
    /** The {@link FreeObjectType}. */
    FREE_OBJECT
  }

  /** The JSON types of the schema's {@code type} keyword. */
  enum JsonType {
    STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY;

    /**
     * Returns the keyword's value.
     *
     * @return the lower-case name
     */
    String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A Jakarta Validation constraint as written on the model.
   *
   * @param annotation the annotation's qualified name
   * @param attributes its attributes but {@code groups} and {@code payload} (which must be empty),
   *     explicit or default, by name: {@code String}, {@code Integer}, {@code Long},
   *     {@code Boolean}, an enum constant's name, or a {@code List} of those
   * @param composedOf the constraints it is composed of, for a composed constraint
   */
  record Constraint(String annotation, java.util.Map<String, Object> attributes, List<Constraint> composedOf) {
    Constraint {
      attributes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
      composedOf = List.copyOf(composedOf);
    }

    /**
     * Returns the annotation's simple name.
     *
     * @return the name after the last dot
     */
    String simpleName() {
      return annotation.substring(annotation.lastIndexOf('.') + 1);
    }
  }

  /**
   * A check of the published schema: one keyword, with the Java element or constraint it comes
   * from ({@code source}, a qualified name).
   */
  sealed interface Check {
    /**
     * Returns the schema keyword.
     *
     * @return the keyword
     */
    String keyword();

    /**
     * The JSON type.
     *
     * @param type the type
     * @param source the Java type it comes from
     */
    record Type(JsonType type, String source) implements Check {
      @Override
      public String keyword() {
        return "type";
      }
    }

    /**
     * The value is a named part of the format and passes its checks.
     *
     * @param definition the definition's name
     */
    record Ref(String definition) implements Check {
      @Override
      public String keyword() {
        return "$ref";
      }
    }

    /**
     * One of these strings.
     *
     * @param values the strings
     * @param source the Java type they come from
     */
    record Enum(List<String> values, String source) implements Check {
      public Enum {
        values = List.copyOf(values);
      }

      @Override
      public String keyword() {
        return "enum";
      }
    }

    /**
     * At least this many characters (code points).
     *
     * @param value the length
     * @param source the constraint
     */
    record MinLength(int value, String source) implements Check {
      @Override
      public String keyword() {
        return "minLength";
      }
    }

    /**
     * At most this many characters (code points).
     *
     * @param value the length
     * @param source the constraint
     */
    record MaxLength(int value, String source) implements Check {
      @Override
      public String keyword() {
        return "maxLength";
      }
    }

    /**
     * A regular expression found in the string (anchor it to match the whole), in the subset
     * shared by ECMA-262 and {@code java.util.regex}.
     *
     * @param regex the expression
     * @param source the constraint ({@code @Pattern}, {@code @NotBlank}) or value type
     */
    record Pattern(String regex, String source) implements Check {
      @Override
      public String keyword() {
        return "pattern";
      }
    }

    /**
     * A lower bound.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is refused ({@code exclusiveMinimum})
     * @param source the constraint, or the Java type for the range of {@code int}
     */
    record Minimum(BigDecimal value, boolean exclusive, String source) implements Check {
      @Override
      public String keyword() {
        return exclusive ? "exclusiveMinimum" : "minimum";
      }
    }

    /**
     * An upper bound.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is refused ({@code exclusiveMaximum})
     * @param source the constraint, or the Java type for the range of {@code int}
     */
    record Maximum(BigDecimal value, boolean exclusive, String source) implements Check {
      @Override
      public String keyword() {
        return exclusive ? "exclusiveMaximum" : "maximum";
      }
    }

    /**
     * At least this many items.
     *
     * @param value the count
     * @param source the constraint
     */
    record MinItems(int value, String source) implements Check {
      @Override
      public String keyword() {
        return "minItems";
      }
    }

    /**
     * At most this many items.
     *
     * @param value the count
     * @param source the constraint
     */
    record MaxItems(int value, String source) implements Check {
      @Override
      public String keyword() {
        return "maxItems";
      }
    }

    /**
     * Each item passes these checks.
     *
     * @param checks the checks of one item
     */
    record Items(List<Check> checks) implements Check {
      public Items {
        checks = List.copyOf(checks);
      }

      @Override
      public String keyword() {
        return "items";
      }
    }

    /**
     * An object holds these properties.
     *
     * @param names the names, in order
     */
    record Required(List<String> names) implements Check {
      public Required {
        names = List.copyOf(names);
      }

      @Override
      public String keyword() {
        return "required";
      }
    }

    /** An object holds no property but its own ({@code "additionalProperties": false}). */
    record NoAdditionalProperties() implements Check {
      @Override
      public String keyword() {
        return "additionalProperties";
      }
    }
  }

  /** A check the schema does not make and the model does, on a value the schema let through. */
  sealed interface ModelCheck {
    /**
     * The model reads the value with its factory, which may refuse what the pattern lets through
     * (a SIREN's checksum, 30 February, an unsupported version).
     *
     * @param factory the factory
     */
    record Parse(Factory factory) implements ModelCheck {}

    /**
     * The string is an e-mail address ({@code @Email}).
     *
     * @param source the constraint
     */
    record Email(String source) implements ModelCheck {}

    /** The value is personal data: no finding, message or report may contain it. */
    record PersonalData() implements ModelCheck {}
  }
}
