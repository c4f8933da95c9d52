package io.clsante.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular-expression syntax that ECMA-262 (ajv), Java and Python read alike: literals, escaped
 * punctuation, {@code \\uXXXX}, {@code \\n}, {@code \\t}, character classes without nesting or
 * intersection, groups {@code (…)} and {@code (?:…)}, lookaheads, anchors, and greedy or lazy
 * quantifiers. Refused: lookbehind, named or atomic groups, possessive quantifiers, inline flags,
 * {@code \\p{…}}, {@code \\d}, {@code \\s}, {@code \\w}, {@code \\b} (Unicode-aware in some engines
 * only), {@code .} (line terminators differ), {@code \\A}, {@code \\z}, quoting, back-references.
 */
final class RegexSubset {
  private static final String ESCAPABLE = "\\.-^$*+?()[]{}|/";

  private RegexSubset() {}

  static List<String> problems(String p) {
    List<String> out = new ArrayList<>();
    try {
      Pattern.compile(p);
    } catch (PatternSyntaxException e) {
      out.add("does not compile: " + e.getDescription());
      return out;
    }
    boolean inClass = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      char next = i + 1 < p.length() ? p.charAt(i + 1) : '\0';
      if (c == '\\') {
        if (next == 'u' && i + 5 < p.length() && p.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
          i += 5;
        } else if (ESCAPABLE.indexOf(next) >= 0 || next == 'n' || next == 't') {
          i++;
        } else {
          out.add("escape \\" + next + " is not read alike by every engine");
          i++;
        }
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        } else if (c == '[') {
          out.add("nested character class");
        } else if (c == '&' && next == '&') {
          out.add("class intersection");
        }
      } else if (c == '[') {
        inClass = true;
        if (next == ']' || (next == '^' && i + 2 < p.length() && p.charAt(i + 2) == ']')) {
          out.add("a class starting with ] is read differently");
        }
      } else if (c == '(' && next == '?') {
        char kind = i + 2 < p.length() ? p.charAt(i + 2) : '\0';
        if (kind == ':' || kind == '=' || kind == '!') {
          i += 2;
        } else {
          out.add("group (?" + kind + " is not shared by every engine (lookbehind, named, atomic, flags)");
        }
      } else if (c == '.') {
        out.add(". matches different line terminators in each engine");
      } else if ((c == '*' || c == '+' || c == '?' || c == '}') && next == '+') {
        out.add("possessive quantifier " + c + "+");
      }
    }
    if (inClass) {
      out.add("unterminated character class");
    }
    return out;
  }
}
