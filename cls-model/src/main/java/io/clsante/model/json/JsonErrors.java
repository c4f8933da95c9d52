package io.clsante.model.json;

import io.clsante.model.ClsException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into located {@link ClsJsonException}s. */
final class JsonErrors {
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  private JsonErrors() {}

  static ClsJsonException io(String detail, String detailEn, Throwable cause) {
    return new ClsJsonException(JsonProblem.IO, "", -1, -1, detail, detailEn, cause);
  }

  static ClsJsonException tooLarge(long max, int line, int column) {
    return new ClsJsonException(JsonProblem.LIMIT_EXCEEDED, "", line, column,
        "le document dépasse " + max + " octets, la taille maximale admise",
        "the document exceeds " + max + " bytes, the maximum size allowed", null);
  }

  static ClsJsonException empty(JsonParser parser) {
    TokenStreamLocation loc = parser.currentLocation();
    return new ClsJsonException(JsonProblem.EMPTY, "", loc.getLineNr(), loc.getColumnNr(),
        "aucun contenu JSON", "no JSON content", null);
  }

  static ClsJsonException translate(JacksonException e, JsonParser parser) {
    String pointer = pointer(e, parser);
    TokenStreamLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() < 1) && parser != null) {
      loc = parser.currentLocation();
    }
    int line = loc == null ? -1 : loc.getLineNr();
    int column = loc == null ? -1 : loc.getColumnNr();
    Problem p = classify(e);
    return new ClsJsonException(p.kind, pointer, line, column, p.fr, p.en, e);
  }

  static ClsJsonException translate(JacksonException e, LocatedTree tree) {
    String pointer = pointer(e, null);
    Problem p = classify(e);
    LocatedTree.Position pos = tree.position(pointer).orElse(null);
    return new ClsJsonException(p.kind, pointer, pos == null ? -1 : pos.line(),
        pos == null ? -1 : pos.column(), p.fr, p.en, e);
  }

  private record Problem(JsonProblem kind, String fr, String en) {}

  private static Problem classify(JacksonException e) {
    String msg = String.valueOf(e.getOriginalMessage());
    if (e instanceof TreeBuilder.TooManyProperties many) {
      return new Problem(JsonProblem.LIMIT_EXCEEDED,
          "l'objet a plus de " + many.max() + " propriétés, le maximum admis",
          "the object has more than " + many.max() + " properties, the maximum allowed");
    }
    if (e instanceof TreeBuilder.NumberOutOfRange
        || e instanceof DatabindException && e.getCause() instanceof NumberFormatException) {
      return new Problem(JsonProblem.LIMIT_EXCEEDED,
          "nombre hors des limites représentables (exposant trop grand)",
          "number beyond the representable range (exponent too large)");
    }
    if (e instanceof StreamConstraintsException) {
      return new Problem(JsonProblem.LIMIT_EXCEEDED, msg, msg);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return new Problem(JsonProblem.SYNTAX, "fin de document inattendue (document tronqué ?)",
          "unexpected end of input (truncated document?)");
    }
    if (e instanceof TreeBuilder.NoContent) {
      return new Problem(JsonProblem.EMPTY, "aucun contenu JSON", "no JSON content");
    }
    if (e instanceof TreeBuilder.Trailing) {
      return new Problem(JsonProblem.SYNTAX, "contenu en trop après le document",
          "unexpected content after the document");
    }
    if (e instanceof StreamReadException) {
      if (msg.startsWith("Duplicate")) {
        String name = quoted(msg);
        return new Problem(JsonProblem.DUPLICATE_PROPERTY, "« " + name + " » apparaît deux fois",
            "\"" + name + "\" appears twice");
      }
      if (msg.contains("UTF-8") || msg.contains("UTF8") || msg.contains("Invalid UTF")
          || msg.contains("surrogate") || msg.contains("Unsupported character encoding")) {
        return new Problem(JsonProblem.ENCODING, msg, msg);
      }
      return syntax(msg);
    }
    if (e instanceof PropertyBindingException pb) {
      String name = pb.getPropertyName();
      return new Problem(JsonProblem.UNKNOWN_PROPERTY,
          "« " + name + " » ne fait pas partie du format (les données propres à un logiciel vont dans « extensions »)",
          "\"" + name + "\" is not part of the format (vendor data goes under \"extensions\")");
    }
    if (e instanceof InvalidNullException) {
      return new Problem(JsonProblem.WRONG_TYPE, "null n'est pas permis : omettez la propriété",
          "null is not allowed: omit the property");
    }
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException || e instanceof InvalidFormatException) {
      Matcher m = cause == null ? null : MISSING.matcher(String.valueOf(cause.getMessage()));
      if (m != null && m.find()) {
        return new Problem(JsonProblem.MISSING_PROPERTY, "propriété(s) manquante(s) : " + m.group(1),
            "missing: " + m.group(1));
      }
      if (cause instanceof ClsException) {
        return new Problem(JsonProblem.INVALID_VALUE, cause.getMessage(), cause.getMessage());
      }
    }
    if (e instanceof InvalidFormatException f && !msg.startsWith("Cannot coerce")) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        String codes = Arrays.stream(target.getEnumConstants()).map(Object::toString)
            .collect(Collectors.joining(", "));
        return new Problem(JsonProblem.INVALID_VALUE,
            "« " + f.getValue() + " » n'est pas un code de " + target.getSimpleName() + " (attendu : " + codes + ")",
            "\"" + f.getValue() + "\" is not a code of " + target.getSimpleName() + " (expected: " + codes + ")");
      }
      if (target == LocalDate.class) {
        return new Problem(JsonProblem.INVALID_VALUE,
            "« " + f.getValue() + " » n'est pas une date AAAA-MM-JJ réelle",
            "\"" + f.getValue() + "\" is not a real YYYY-MM-DD date");
      }
      return new Problem(JsonProblem.INVALID_VALUE, msg, msg);
    }
    if (e instanceof MismatchedInputException mi) {
      if (msg.startsWith("Trailing token")) {
        return new Problem(JsonProblem.SYNTAX, "contenu en trop après le document",
            "unexpected content after the document");
      }
      if (msg.startsWith("Cannot coerce")) {
        return new Problem(JsonProblem.WRONG_TYPE, expected(mi.getTargetType(), false) + " attendu",
            expected(mi.getTargetType(), true) + " expected");
      }
      if (msg.startsWith("No content to map")) {
        return new Problem(JsonProblem.EMPTY, "aucun contenu JSON", "no JSON content");
      }
      Class<?> target = mi.getTargetType();
      return new Problem(JsonProblem.WRONG_TYPE, expected(target, false) + " attendu",
          expected(target, true) + " expected");
    }
    if (e instanceof DatabindException) {
      if (cause instanceof ClsException) {
        return new Problem(JsonProblem.INVALID_VALUE, cause.getMessage(), cause.getMessage());
      }
      return new Problem(JsonProblem.INVALID_VALUE, msg, msg);
    }
    return new Problem(JsonProblem.SYNTAX, msg, msg);
  }

  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
  private static final Pattern CHAR = Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code (\\d+)");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");

  /** Says the usual syntax errors in French and English; others keep Jackson's English text. */
  private static Problem syntax(String msg) {
    if (msg.startsWith("Unexpected end-of-input")) {
      return new Problem(JsonProblem.SYNTAX, "fin de document inattendue (document tronqué ?)",
          "unexpected end of input (truncated document?)");
    }
    Matcher m = TOKEN.matcher(msg);
    if (m.find()) {
      return new Problem(JsonProblem.SYNTAX, "mot inconnu « " + m.group(1)
          + " » : une chaîne entre guillemets, un nombre, un objet, un tableau, true, false ou null est attendu",
          "unknown token \"" + m.group(1) + "\": a quoted string, a number, an object, an array, true, false or null is expected");
    }
    m = NON_STANDARD.matcher(msg);
    if (m.find()) {
      return new Problem(JsonProblem.SYNTAX, "« " + m.group(1) + " » n'est pas un nombre JSON",
          "\"" + m.group(1) + "\" is not a JSON number");
    }
    m = CHAR.matcher(msg);
    if (m.find()) {
      return new Problem(JsonProblem.SYNTAX, "caractère inattendu « " + m.group(1) + " » (code " + m.group(2) + ")",
          "unexpected character '" + m.group(1) + "' (code " + m.group(2) + ")");
    }
    return new Problem(JsonProblem.SYNTAX, msg, msg);
  }

  private static String expected(Class<?> t, boolean en) {
    if (t == null) {
      return en ? "another type" : "un autre type";
    }
    if (t == String.class || t.getName().startsWith("io.clsante.model.id.")) {
      return en ? "a string" : "une chaîne";
    }
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class || t == BigInteger.class) {
      return en ? "an integer" : "un entier";
    }
    if (t == BigDecimal.class || Number.class.isAssignableFrom(t)) {
      return en ? "a number" : "un nombre";
    }
    if (t == Boolean.class || t == boolean.class) {
      return en ? "true or false" : "true ou false";
    }
    if (t.isEnum() || t == LocalDate.class) {
      return en ? "a string" : "une chaîne";
    }
    if (Collection.class.isAssignableFrom(t) || t.isArray()) {
      return en ? "an array" : "un tableau";
    }
    if (Map.class.isAssignableFrom(t) || t.getName().startsWith("io.clsante.model.")
        || t.getName().startsWith("tools.jackson.databind.node.")) {
      return en ? "an object" : "un objet";
    }
    return en ? "another type" : "un autre type";
  }

  private static String quoted(String msg) {
    int a = msg.indexOf('"');
    int b = a < 0 ? -1 : msg.indexOf('"', a + 1);
    return b > a ? msg.substring(a + 1, b) : msg;
  }

  private static String pointer(JacksonException e, JsonParser parser) {
    if (e instanceof DatabindException && !e.getPath().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (JacksonException.Reference r : e.getPath()) {
        sb.append('/');
        if (r.getPropertyName() != null) {
          sb.append(r.getPropertyName().replace("~", "~0").replace("/", "~1"));
        } else if (r.getIndex() >= 0) {
          sb.append(r.getIndex());
        }
      }
      return sb.toString();
    }
    JsonParser p = e.processor() instanceof JsonParser own ? own : parser;
    if (p != null) {
      try {
        TokenStreamContext ctx = p.streamReadContext();
        String at = ctx.pathAsPointer().toString();
        // A name too long to read is refused before it becomes the context's current name, which
        // still holds the previous property's: the problem is then located at the object itself.
        if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).startsWith("Name length")
            && ctx.inObject() && ctx.currentName() != null) {
          at = at.substring(0, at.lastIndexOf('/'));
        }
        return at;
      } catch (RuntimeException ignored) {
        return "";
      }
    }
    return "";
  }
}
