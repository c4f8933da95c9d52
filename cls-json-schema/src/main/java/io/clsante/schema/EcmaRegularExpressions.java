package io.clsante.schema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import io.clsante.model.internal.SimplePattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runs the schema's regular expressions with {@link java.util.regex} under ECMA-262 semantics, as
 * JSON Schema requires and ajv does.
 *
 * <p>The schema keeps to the syntax that ECMA-262 and Java share (no lookbehind, no possessive
 * quantifier, no {@code \p{…}}, no {@code .} or {@code \s}: a test checks it). One meaning still
 * differs: outside multiline mode, Java's {@code $} also matches before a final line terminator,
 * ECMA-262's only at the very end. {@code $} is therefore run as Java's {@code \z}, so that
 * {@code "cls\n"} is refused by an identifier pattern here as it is by ajv. Like ECMA-262's
 * {@code test}, a pattern may match anywhere in the value: anchors say where.
 *
 * <p>A simple pattern (an anchored sequence of literals and character classes with quantifiers,
 * such as {@code ^[0-9]{9}$}) runs on {@link SimplePattern} instead, which answers exactly as the
 * translated pattern does, without the JDK's per-call matcher; any other pattern runs on
 * {@link java.util.regex}.
 */
final class EcmaRegularExpressions {
  static final RegularExpressionFactory FACTORY = EcmaRegularExpressions::compile;

  private EcmaRegularExpressions() {}

  static RegularExpression compile(String ecma) {
    // SimplePattern reads a final $ as the end of input, as toJava does.
    SimplePattern simple = SimplePattern.compile(ecma).orElse(null);
    if (simple != null) {
      return simple::find;
    }
    Pattern pattern = Pattern.compile(toJava(ecma));
    return new Remembered(pattern);
  }

  /**
   * A pattern run on {@link java.util.regex}, remembering its answers for short values: the other
   * patterns of the schema check dates and geographic codes, a few distinct values that come back
   * many times in a document and from one document to the next ({@code 2025}, {@code 2026-01-01}),
   * and a lookup costs a fraction of a match. At most {@value #MAX_ENTRIES} answers are kept; the
   * store is emptied when full.
   */
  static final class Remembered implements RegularExpression {
    static final int MAX_LENGTH = 32;
    static final int MAX_ENTRIES = 4096;
    private final Pattern pattern;
    private final ConcurrentHashMap<String, Boolean> answers = new ConcurrentHashMap<>();

    Remembered(Pattern pattern) {
      this.pattern = pattern;
    }

    @Override
    public boolean matches(String value) {
      if (value.length() > MAX_LENGTH) {
        return pattern.matcher(value).find();
      }
      Boolean known = answers.get(value);
      if (known != null) {
        return known;
      }
      boolean found = pattern.matcher(value).find();
      if (answers.size() >= MAX_ENTRIES) {
        answers.clear();
      }
      answers.put(value, found);
      return found;
    }

    /** How many answers are kept, for tests. */
    int size() {
      return answers.size();
    }
  }

  /** Rewrites each {@code $} outside a character class as {@code \z}; escapes are kept as they are. */
  static String toJava(String ecma) {
    StringBuilder java = new StringBuilder(ecma.length() + 4);
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        java.append(c).append(ecma.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        java.append(c);
      } else if (c == '[') {
        inClass = true;
        java.append(c);
      } else if (c == '$') {
        java.append("\\z");
      } else {
        java.append(c);
      }
    }
    return java.toString();
  }
}
