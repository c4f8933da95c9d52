package io.clsante.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import io.clsante.model.json.LocatedTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Turns networknt's errors into {@link SchemaViolation}s: our pointers, locations and arguments. */
final class Violations {
  private Violations() {}

  /** Document order: by position when known, then by pointer (array indexes numerically). */
  private static final Comparator<SchemaViolation> ORDER = Comparator
      .comparingInt((SchemaViolation v) -> v.line() < 0 ? Integer.MAX_VALUE : v.line())
      .thenComparingInt(v -> v.column() < 0 ? Integer.MAX_VALUE : v.column())
      .thenComparing(SchemaViolation::pointer, Violations::comparePointers)
      .thenComparing(SchemaViolation::keyword)
      .thenComparing(SchemaViolation::schemaLocation)
      .thenComparing(v -> String.join("\u0000", v.arguments()));

  /**
   * Converts and sorts errors; positions come from the located tree when given, else from nodes
   * that remember their location, else are unknown (-1).
   */
  static List<SchemaViolation> of(List<Error> errors, String schemaId, LocatedTree tree) {
    Set<SchemaViolation> out = new LinkedHashSet<>();
    for (Error e : errors) {
      out.add(of(e, schemaId, tree));
    }
    List<SchemaViolation> sorted = new ArrayList<>(out);
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }

  private static SchemaViolation of(Error e, String schemaId, LocatedTree tree) {
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode instance = e.getInstanceNode();
    JsonNode schemaValue = e.getSchemaNode();
    String pointer = pointer(e.getInstanceLocation());
    JsonNode located = instance;
    String locatedPointer = pointer;
    List<String> arguments;
    switch (keyword) {
      case "required":
        arguments = List.of(property(e));
        break;
      case "additionalProperties":
        arguments = List.of(property(e));
        // Located where the value of the unknown property starts: where the reader stops, too.
        if (instance != null && instance.get(property(e)) != null) {
          located = instance.get(property(e));
          locatedPointer = pointer + "/" + escape(property(e));
        }
        break;
      case "type":
        arguments = List.of(expectedTypes(schemaValue), jsonType(instance));
        break;
      case "enum":
        arguments = List.of(display(instance), joined(schemaValue));
        break;
      case "const":
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        arguments = List.of(display(instance), display(schemaValue));
        break;
      case "pattern":
        arguments = List.of(display(instance), display(schemaValue));
        break;
      case "maxLength":
      case "minLength":
        arguments = List.of(Integer.toString(codePoints(instance)), display(schemaValue));
        break;
      case "minItems":
      case "maxItems":
        arguments = List.of(Integer.toString(instance == null ? 0 : instance.size()), display(schemaValue));
        break;
      default:
        arguments = e.getArguments() == null ? List.of()
            : Arrays.stream(e.getArguments()).map(String::valueOf).collect(Collectors.toList());
    }
    int line = -1;
    int column = -1;
    if (tree != null) {
      LocatedTree.Position where = tree.position(locatedPointer).orElse(null);
      if (where != null && where.line() > 0) {
        line = where.line();
        column = where.column() > 0 ? where.column() : -1;
      }
    } else if (located instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
      TokenStreamLocation where = aware.tokenStreamLocation();
      line = where.getLineNr() > 0 ? where.getLineNr() : -1;
      column = line > 0 && where.getColumnNr() > 0 ? where.getColumnNr() : -1;
    }
    return new SchemaViolation(pointer, line, column,
        schemaLocation(e, schemaId), keyword.isEmpty() ? "unknown" : keyword, arguments);
  }

  private static String property(Error e) {
    if (e.getProperty() != null) {
      return e.getProperty();
    }
    Object[] args = e.getArguments();
    return args != null && args.length > 0 ? String.valueOf(args[0]) : "";
  }

  /** RFC 6901: "" for the root, "/name/0" below it, with "~" and "/" escaped in names. */
  static String pointer(NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/');
      if (element instanceof Integer index) {
        sb.append(index);
      } else {
        sb.append(escape(String.valueOf(element)));
      }
    }
    return sb.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String schemaLocation(Error e, String schemaId) {
    String location = String.valueOf(e.getSchemaLocation());
    return location.startsWith(schemaId + "#") ? location.substring(schemaId.length()) : location;
  }

  private static String display(JsonNode node) {
    if (node == null) {
      return "";
    }
    return node.isString() ? node.stringValue() : node.toString();
  }

  private static String joined(JsonNode values) {
    if (values == null || !values.isArray()) {
      return display(values);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : values.values()) {
      out.add(display(v));
    }
    return String.join(", ", out);
  }

  private static String expectedTypes(JsonNode type) {
    if (type != null && type.isArray()) {
      List<String> out = new ArrayList<>();
      for (JsonNode t : type.values()) {
        out.add(display(t));
      }
      return String.join(", ", out);
    }
    return display(type);
  }

  static String jsonType(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    return node.isArray() ? "array" : "object";
  }

  private static int codePoints(JsonNode node) {
    String s = node != null && node.isString() ? node.stringValue() : "";
    return s.codePointCount(0, s.length());
  }

  /** Compares pointers segment by segment, numeric segments (array indexes) as numbers. */
  static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = isIndex(x[i]) && isIndex(y[i])
          ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
