package io.clsante.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as this module reads and writes it: the examples written in the model's
 * annotations are read into it, and the generated schema is written from it. Objects keep their
 * property order and numbers keep their text ({@code 15000.00} stays {@code 15000.00}), so that
 * what an annotation says is printed exactly as it says it.
 */
sealed interface JsonTree {

  /** An object, its members in order. */
  record Members(Map<String, JsonTree> members) implements JsonTree {
    public Members {
      members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
  }

  /** An array. */
  record Items(List<JsonTree> items) implements JsonTree {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** A string. */
  record Text(String value) implements JsonTree {}

  /** A number, as written. */
  record Numeral(String lexeme) implements JsonTree {}

  /** {@code true}, {@code false} or {@code null}. */
  record Literal(String word) implements JsonTree {}

  /**
   * Reads one JSON value, with nothing but white space around it.
   *
   * @param text JSON text
   * @return the value
   * @throws IllegalArgumentException if the text is not one JSON value, or an object repeats a name
   */
  static JsonTree parse(String text) {
    Reader r = new Reader(text);
    JsonTree value = r.value();
    r.space();
    if (r.at < text.length()) {
      throw r.error("end of text expected");
    }
    return value;
  }

  /**
   * Writes a value as the published schema is laid out: two spaces per level, one member or item
   * per line, {@code "name": value}, characters outside ASCII written as themselves; no final line
   * break.
   *
   * @param value the value
   * @return the text
   */
  static String write(JsonTree value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.toString();
  }

  private static void write(JsonTree value, String indent, StringBuilder out) {
    String inner = indent + "  ";
    if (value instanceof Members m && !m.members().isEmpty()) {
      out.append("{\n");
      String separator = "";
      for (Map.Entry<String, JsonTree> e : m.members().entrySet()) {
        out.append(separator).append(inner);
        quote(e.getKey(), out);
        out.append(": ");
        write(e.getValue(), inner, out);
        separator = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof Members) {
      out.append("{}");
    } else if (value instanceof Items a && !a.items().isEmpty()) {
      out.append("[\n");
      String separator = "";
      for (JsonTree item : a.items()) {
        out.append(separator).append(inner);
        write(item, inner, out);
        separator = ",\n";
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof Items) {
      out.append("[]");
    } else if (value instanceof Text t) {
      quote(t.value(), out);
    } else if (value instanceof Numeral n) {
      out.append(n.lexeme());
    } else {
      out.append(((Literal) value).word());
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A reader of RFC 8259 JSON text. */
  final class Reader {
    private final String text;
    private int at;

    private Reader(String text) {
      this.text = text;
    }

    private JsonTree value() {
      space();
      if (at >= text.length()) {
        throw error("a value expected");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> members();
        case '[' -> items();
        case '"' -> new Text(string());
        case 't' -> literal("true");
        case 'f' -> literal("false");
        case 'n' -> literal("null");
        default -> number();
      };
    }

    private Members members() {
      at++;
      Map<String, JsonTree> members = new LinkedHashMap<>();
      space();
      if (peek('}')) {
        at++;
        return new Members(members);
      }
      while (true) {
        space();
        if (!peek('"')) {
          throw error("a property name expected");
        }
        String name = string();
        space();
        expect(':');
        if (members.put(name, value()) != null) {
          throw error("property \"" + name + "\" repeated");
        }
        space();
        if (peek(',')) {
          at++;
        } else {
          expect('}');
          return new Members(members);
        }
      }
    }

    private Items items() {
      at++;
      List<JsonTree> items = new ArrayList<>();
      space();
      if (peek(']')) {
        at++;
        return new Items(items);
      }
      while (true) {
        items.add(value());
        space();
        if (peek(',')) {
          at++;
        } else {
          expect(']');
          return new Items(items);
        }
      }
    }

    private String string() {
      at++;
      StringBuilder out = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw error("a control character in a string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= text.length()) {
          break;
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("four hexadecimal digits expected");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException x) {
              throw error("four hexadecimal digits expected");
            }
            at += 4;
          }
          default -> throw error("unknown escape \\" + e);
        }
      }
      throw error("unterminated string");
    }

    private Literal literal(String word) {
      if (!text.startsWith(word, at)) {
        throw error("a value expected");
      }
      at += word.length();
      return new Literal(word);
    }

    private Numeral number() {
      int start = at;
      if (peek('-')) {
        at++;
      }
      if (peek('0')) {
        at++;
      } else if (!digits()) {
        throw error("a value expected");
      }
      if (peek('.')) {
        at++;
        if (!digits()) {
          throw error("a digit expected after the decimal point");
        }
      }
      if (peek('e') || peek('E')) {
        at++;
        if (peek('+') || peek('-')) {
          at++;
        }
        if (!digits()) {
          throw error("a digit expected in the exponent");
        }
      }
      return new Numeral(text.substring(start, at));
    }

    private boolean digits() {
      int start = at;
      while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        at++;
      }
      return at > start;
    }

    private void space() {
      while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "' expected");
      }
      at++;
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(String.format("invalid JSON at offset %d: %s", at, what));
    }
  }
}
