package io.clsante.schema;

import com.networknt.schema.regex.RegularExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import tools.jackson.databind.JsonNode;

/**
 * A fast, sound pre-check of the schema: {@link #certainlyValid(JsonNode)} answers true only for a
 * document that satisfies the schema, so that {@link ClsSchema} may skip the engine (networknt),
 * which stays the validator of record and alone gives findings.
 *
 * <p>It is compiled from the very same schema text and understands exactly the keywords the schema
 * uses: {@code type}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code items} (one schema), {@code $ref} (to {@code #/$defs/…} of the root only), {@code pattern}
 * (the same ECMA-262 translation and the same matching predicate as the engine's, from
 * {@link EcmaRegularExpressions}), {@code enum}, {@code minLength} and {@code maxLength} (in code
 * points, as the engine counts), {@code minimum} and {@code maximum} (integral bounds); and ignores
 * the annotations ({@code title}, {@code description}, {@code examples}, {@code default},
 * {@code $comment}, and at the root {@code $schema}, {@code $id} and {@code $defs}). Any other keyword
 * anywhere, or a keyword with a value it does not expect, makes {@link #compile(String)} fail: the
 * schema then has no pre-check, and every document goes to the engine.
 *
 * <p>Where the semantics are subtle, it answers false and leaves the verdict to the engine: a number
 * such as {@code 2.0} or {@code 1e400} where an integer is expected (JSON Schema counts {@code 2.0} as
 * an integer), a binary-floating-point ({@code double}) or non-finite number under a bound, an
 * {@code enum} member that is not a string, a tree too deep to walk.
 *
 * <p>Immutable once compiled, and thread-safe.
 */
final class SchemaPrecheck {
  /** The only dialect understood: the one the engine is configured with. */
  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private static final String DEFS_PREFIX = "#/$defs/";
  private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "default", "$comment");
  private static final Set<String> ROOT_ONLY = Set.of("$schema", "$id", "$defs");

  private static final int OBJECT = 1;
  private static final int ARRAY = 1 << 1;
  private static final int STRING = 1 << 2;
  private static final int NUMBER = 1 << 3;
  private static final int INTEGER = 1 << 4;
  private static final int BOOLEAN = 1 << 5;
  private static final int NULL = 1 << 6;
  private static final int ANY = -1;
  private static final Map<String, Integer> TYPES = Map.of("object", OBJECT, "array", ARRAY, "string", STRING,
      "number", NUMBER, "integer", INTEGER, "boolean", BOOLEAN, "null", NULL);

  private final Check root;

  private SchemaPrecheck(Check root) {
    this.root = root;
  }

  /**
   * Compiles the pre-check of a schema.
   *
   * @param text the JSON text of the schema
   * @return the pre-check
   * @throws IllegalArgumentException if the schema is not JSON, or uses a keyword, a dialect, a
   *     reference or a keyword value this pre-check does not understand; the message names it
   */
  static SchemaPrecheck compile(String text) {
    JsonNode schema;
    try {
      // The library's own reader: parsing the schema then builds no Jackson mapper.
      schema = ClsJson.defaults().readTree(text).root();
    } catch (ClsJsonException e) {
      throw new IllegalArgumentException("the schema is not JSON: " + e.getMessage(), e);
    }
    return compile(schema);
  }

  /**
   * Compiles the pre-check of a schema already parsed; the tree is not kept.
   *
   * @param schema the schema
   * @return the pre-check
   * @throws IllegalArgumentException as {@link #compile(String)} does
   */
  static SchemaPrecheck compile(JsonNode schema) {
    Compiler compiler = new Compiler(schema);
    Check root = compiler.check(schema, "#", true);
    compiler.compileAllDefinitions();
    compiler.refuseReferenceCycles();
    return new SchemaPrecheck(root);
  }

  /**
   * Tells whether a document certainly satisfies the schema.
   *
   * @param document the document
   * @return true only if the document satisfies the schema; false if it does not, or if this
   *     pre-check cannot tell
   */
  boolean certainlyValid(JsonNode document) {
    try {
      return root.accepts(document);
    } catch (StackOverflowError tooDeep) {
      // A tree deeper than the stack allows: the engine decides, as it would without the pre-check.
      return false;
    }
  }

  /**
   * Whether a name is one or more of {@code A-Z a-z 0-9 _ . -}: the regular expression
   * {@code [A-Za-z0-9_.-]+}, tested by hand rather than compiled for each reference.
   */
  static boolean isDefinitionName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '_' || c == '.' || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** The compiled form of one schema object; filled once, before the pre-check is published. */
  private static final class Check {
    boolean never;
    int types = ANY;
    Map<String, Check> properties;
    String[] required = new String[0];
    boolean closed;
    Check additional;
    Check items;
    RegularExpression pattern;
    Set<String> enumStrings;
    int minLength = -1;
    int maxLength = -1;
    BigDecimal minimum;
    BigDecimal maximum;
    final List<Check> references = new ArrayList<>(1);

    boolean accepts(JsonNode node) {
      if (never || (types != ANY && !hasType(node))) {
        return false;
      }
      if (node.isObject()) {
        if (!acceptsObject(node)) {
          return false;
        }
      } else if (node.isArray()) {
        if (items != null) {
          for (JsonNode item : node.values()) {
            if (!items.accepts(item)) {
              return false;
            }
          }
        }
      } else if (node.isString()) {
        if (!acceptsString(node.stringValue())) {
          return false;
        }
      } else if (node.isNumber()) {
        if ((minimum != null || maximum != null) && !withinBounds(node)) {
          return false;
        }
      }
      if (enumStrings != null && !(node.isString() && enumStrings.contains(node.stringValue()))) {
        return false;
      }
      for (Check reference : references) {
        if (!reference.accepts(node)) {
          return false;
        }
      }
      return true;
    }

    private boolean hasType(JsonNode node) {
      if (node.isObject()) {
        return (types & OBJECT) != 0;
      }
      if (node.isArray()) {
        return (types & ARRAY) != 0;
      }
      if (node.isString()) {
        return (types & STRING) != 0;
      }
      if (node.isIntegralNumber()) {
        return (types & (INTEGER | NUMBER)) != 0;
      }
      if (node.isBigDecimal() || ((node.isDouble() || node.isFloat()) && Double.isFinite(node.doubleValue()))) {
        // Not "integer", even for 2.0: JSON Schema says it is one, but that is the engine's to say.
        return (types & NUMBER) != 0;
      }
      if (node.isBoolean()) {
        return (types & BOOLEAN) != 0;
      }
      if (node.isNull()) {
        return (types & NULL) != 0;
      }
      return false;
    }

    private boolean acceptsObject(JsonNode node) {
      if (properties != null || closed || additional != null) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          Check declared = properties == null ? null : properties.get(property.getKey());
          if (declared != null) {
            if (!declared.accepts(property.getValue())) {
              return false;
            }
          } else if (closed || (additional != null && !additional.accepts(property.getValue()))) {
            return false;
          }
        }
      }
      for (String name : required) {
        if (node.get(name) == null) {
          return false;
        }
      }
      return true;
    }

    private boolean acceptsString(String value) {
      if (maxLength >= 0 && value.length() > maxLength
          && value.codePointCount(0, value.length()) > maxLength) {
        return false;
      }
      if (minLength > 0 && value.codePointCount(0, value.length()) < minLength) {
        return false;
      }
      return pattern == null || pattern.matches(value);
    }

    private boolean withinBounds(JsonNode node) {
      BigDecimal value;
      if (node.isIntegralNumber()) {
        value = new BigDecimal(node.bigIntegerValue());
      } else if (node.isBigDecimal()) {
        value = node.decimalValue();
      } else {
        // A double under a bound: its decimal reading is the engine's business.
        return false;
      }
      return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
    }
  }

  /** Compiles schema objects into checks, and {@code $defs} lazily, by name. */
  private static final class Compiler {
    private final JsonNode definitions;
    private final Map<String, Check> compiled = new LinkedHashMap<>();

    Compiler(JsonNode root) {
      JsonNode defs = root.isObject() ? root.get("$defs") : null;
      if (defs != null && !defs.isObject()) {
        throw refused("#/$defs", "is not an object");
      }
      this.definitions = defs;
    }

    Check check(JsonNode schema, String location, boolean isRoot) {
      Check check = new Check();
      fill(check, schema, location, isRoot);
      return check;
    }

    /** Compiles every definition, referenced or not: a keyword not understood anywhere is refused. */
    void compileAllDefinitions() {
      if (definitions != null) {
        for (String name : definitions.propertyNames()) {
          definition(name, "#/$defs");
        }
      }
    }

    /** Refuses a definition that refers to itself without going down the document (no end). */
    void refuseReferenceCycles() {
      for (Map.Entry<String, Check> d : compiled.entrySet()) {
        if (reaches(d.getValue(), d.getValue(), new HashSet<>())) {
          throw refused(DEFS_PREFIX + d.getKey(), "refers to itself through $ref alone");
        }
      }
    }

    private static boolean reaches(Check from, Check target, Set<Check> seen) {
      for (Check next : from.references) {
        if (next == target || (seen.add(next) && reaches(next, target, seen))) {
          return true;
        }
      }
      return false;
    }

    private Check definition(String name, String location) {
      Check check = compiled.get(name);
      if (check == null) {
        JsonNode schema = definitions == null ? null : definitions.get(name);
        if (schema == null) {
          throw refused(location, "$ref to a missing definition \"" + name + "\"");
        }
        // Registered before it is filled: a definition that refers to itself gets this very check.
        check = new Check();
        compiled.put(name, check);
        fill(check, schema, DEFS_PREFIX + name, false);
      }
      return check;
    }

    private void fill(Check check, JsonNode schema, String location, boolean isRoot) {
      if (schema.isBoolean()) {
        check.never = !schema.booleanValue();
        return;
      }
      if (!schema.isObject()) {
        throw refused(location, "is neither a schema object nor a boolean");
      }
      for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
        String name = keyword.getKey();
        JsonNode value = keyword.getValue();
        String at = location + "/" + name;
        if (ANNOTATIONS.contains(name)) {
          continue;
        }
        if (ROOT_ONLY.contains(name)) {
          if (!isRoot) {
            throw refused(at, "is only understood at the root");
          }
          if (name.equals("$schema") && !(value.isString() && value.stringValue().equals(DRAFT_2020_12))) {
            throw refused(at, "names another dialect than " + DRAFT_2020_12);
          }
          continue;
        }
        switch (name) {
          case "type" -> check.types = types(value, at);
          case "properties" -> check.properties = properties(value, at);
          case "required" -> check.required = required(value, at);
          case "additionalProperties" -> {
            if (value.isBoolean() && !value.booleanValue()) {
              check.closed = true;
            } else {
              check.additional = check(value, at, false);
            }
          }
          case "items" -> check.items = check(value, at, false);
          case "$ref" -> check.references.add(reference(value, at));
          case "pattern" -> check.pattern = pattern(value, at);
          case "enum" -> check.enumStrings = enumStrings(value, at);
          case "minLength" -> check.minLength = length(value, at);
          case "maxLength" -> check.maxLength = length(value, at);
          case "minimum" -> check.minimum = bound(value, at);
          case "maximum" -> check.maximum = bound(value, at);
          default -> throw refused(at, "is a keyword the pre-check does not understand");
        }
      }
    }

    private static int types(JsonNode value, String at) {
      if (value.isString()) {
        Integer type = TYPES.get(value.stringValue());
        if (type == null) {
          throw refused(at, "names an unknown type");
        }
        return type;
      }
      if (!value.isArray() || value.isEmpty()) {
        throw refused(at, "is neither a type name nor a non-empty array of them");
      }
      int types = 0;
      for (JsonNode t : value.values()) {
        types |= types(t, at);
      }
      return types;
    }

    private Map<String, Check> properties(JsonNode value, String at) {
      if (!value.isObject()) {
        throw refused(at, "is not an object");
      }
      Map<String, Check> properties = new HashMap<>();
      for (Map.Entry<String, JsonNode> p : value.properties()) {
        properties.put(p.getKey(), check(p.getValue(), at + "/" + p.getKey(), false));
      }
      return properties;
    }

    private static String[] required(JsonNode value, String at) {
      if (!value.isArray()) {
        throw refused(at, "is not an array");
      }
      List<String> names = new ArrayList<>();
      for (JsonNode n : value.values()) {
        if (!n.isString()) {
          throw refused(at, "holds something else than a property name");
        }
        names.add(n.stringValue());
      }
      return names.toArray(new String[0]);
    }

    private Check reference(JsonNode value, String at) {
      String ref = value.isString() ? value.stringValue() : "";
      String name = ref.startsWith(DEFS_PREFIX) ? ref.substring(DEFS_PREFIX.length()) : "";
      if (!isDefinitionName(name)) {
        throw refused(at, "is not a reference to a definition of the root (#/$defs/Name)");
      }
      return definition(name, at);
    }

    private static RegularExpression pattern(JsonNode value, String at) {
      if (!value.isString()) {
        throw refused(at, "is not a string");
      }
      try {
        // The engine's own translation and predicate (ClsSchema gives it the same factory).
        return EcmaRegularExpressions.FACTORY.getRegularExpression(value.stringValue());
      } catch (PatternSyntaxException e) {
        throw refused(at, "does not compile: " + e.getDescription());
      }
    }

    private static Set<String> enumStrings(JsonNode value, String at) {
      if (!value.isArray()) {
        throw refused(at, "is not an array");
      }
      Set<String> strings = new HashSet<>();
      for (JsonNode member : value.values()) {
        // Members of other types are left to the engine: no document matches them here.
        if (member.isString()) {
          strings.add(member.stringValue());
        }
      }
      return strings;
    }

    private static int length(JsonNode value, String at) {
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
        throw refused(at, "is not a non-negative integer");
      }
      return value.intValue();
    }

    private static BigDecimal bound(JsonNode value, String at) {
      if (!value.isIntegralNumber()) {
        throw refused(at, "is not an integer");
      }
      BigInteger bound = value.bigIntegerValue();
      return new BigDecimal(bound);
    }

    private static IllegalArgumentException refused(String location, String why) {
      return new IllegalArgumentException("no pre-check: " + location + " " + why);
    }
  }
}
