package io.clsante.schema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
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
 */
final class EcmaRegularExpressions {
  static final RegularExpressionFactory FACTORY = EcmaRegularExpressions::compile;

  private EcmaRegularExpressions() {}

  static RegularExpression compile(String ecma) {
    Pattern pattern = Pattern.compile(toJava(ecma));
    return value -> pattern.matcher(value).find();
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
