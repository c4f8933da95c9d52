package io.clsante.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An exact matcher, without {@link java.util.regex}, for the simple regular expressions that the
 * schema and the model use, such as {@code ^[A-Za-z0-9][A-Za-z0-9_.-]*$}, {@code ^[0-9]{9}$} or
 * <code>[^&#92;u0000-&#92;u0020]</code>. Internal: not part of the API.
 *
 * <p>A simple pattern is an optional {@code ^}, a sequence of items and an optional {@code $}. An
 * item is a literal ASCII character (letters, digits, unescaped punctuation that is not a
 * metacharacter, <code>&#92;uXXXX</code> up to <code>&#92;u007F</code>, or an escaped metacharacter
 * such as {@code \.}) or a bracket class of such characters and ranges, optionally negated, followed
 * by an optional quantifier {@code *}, {@code +}, {@code ?}, {@code {n}}, {@code {m,n}} or
 * {@code {m,}}, with at most 63 characters in all once unrolled. Anything else (groups, alternation,
 * {@code .}, other escapes, lazy or possessive quantifiers, nested classes, a {@code -} inside a class
 * other than as a range or at either end, flags) is not recognised, and {@link #compile} returns
 * empty: the caller keeps {@link java.util.regex}.
 *
 * <p>It answers exactly as {@link java.util.regex.Pattern} does without flags, for every string:
 * {@link #find} as {@code matcher(s).find()} once each {@code $} is read as {@code \z} (the ECMA-262
 * meaning, end of input), {@link #matchesEntirely} as {@code matcher(s).matches()}, where a final
 * {@code $} and a leading {@code ^} change nothing. Like Java, it reads the string by code points: a
 * surrogate pair is one character (outside every ASCII class, inside every negated one), a lone
 * surrogate is one character too.
 *
 * <p>How: the quantified items are unrolled into at most 63 positions, each one class that occurs
 * once, optionally, or any number of times; the set of positions reached is a bit set, advanced by
 * one shift and two masks per character (a Shift-And automaton), in time linear in the text. Whether
 * the text matches is a question of language, not of the order in which the JDK's backtracking tries
 * the counts, so the two agree.
 *
 * <p>Immutable and thread-safe.
 */
public final class SimplePattern {
  /** The largest number of unrolled positions (one bit each, plus the start state). */
  private static final int MAX_POSITIONS = 63;

  private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

  /** Per ASCII character, the positions whose class contains it. */
  private final long[] ascii;
  /** The positions whose class contains every non-ASCII character (the negated classes). */
  private final long nonAscii;
  /** The positions that may repeat. */
  private final long repeatable;
  /** The positions that may be skipped. */
  private final long skippable;
  /** The states reached before any character: the start and what it reaches by skipping. */
  private final long start;
  /** The accepting state: every position passed. */
  private final long accept;
  private final boolean startAnchored;
  private final boolean endAnchored;

  private SimplePattern(List<Position> positions, boolean startAnchored, boolean endAnchored) {
    this.ascii = new long[128];
    long other = 0;
    long repeat = 0;
    long skip = 0;
    for (int p = 0; p < positions.size(); p++) {
      Position position = positions.get(p);
      long bit = 1L << (p + 1);
      for (int c = 0; c < 128; c++) {
        if (position.contains(c)) {
          ascii[c] |= bit;
        }
      }
      if (position.negated) {
        other |= bit;
      }
      if (position.repeatable) {
        repeat |= bit;
      }
      if (position.skippable) {
        skip |= bit;
      }
    }
    this.nonAscii = other;
    this.repeatable = repeat;
    this.skippable = skip;
    this.accept = 1L << positions.size();
    this.startAnchored = startAnchored;
    this.endAnchored = endAnchored;
    this.start = closure(1L);
  }

  /**
   * Compiles a simple pattern.
   *
   * @param regex the regular expression, for example {@code ^[0-9]{14}$}
   * @return the matcher, or empty when the expression is not a simple pattern (or not a valid one)
   */
  public static Optional<SimplePattern> compile(String regex) {
    return Optional.ofNullable(new Parser(regex).parse());
  }

  /**
   * Tells whether the pattern occurs anywhere in the text, {@code ^} and {@code $} anchoring it at the
   * start and at the very end of the text: {@code Pattern.compile(regex.replace("$", "\\z"))
   * .matcher(text).find()}, or ECMA-262's {@code RegExp.prototype.test}.
   *
   * @param text the text, not null
   * @return true if some part of the text matches
   */
  public boolean find(CharSequence text) {
    return run(text, startAnchored, endAnchored);
  }

  /**
   * Tells whether the whole text matches: {@code Pattern.compile(regex).matcher(text).matches()}.
   *
   * @param text the text, not null
   * @return true if the whole text matches
   */
  public boolean matchesEntirely(CharSequence text) {
    return run(text, true, true);
  }

  private boolean run(CharSequence text, boolean fromStart, boolean toEnd) {
    long states = start;
    if (!toEnd && (states & accept) != 0) {
      return true;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i++);
      long in;
      if (c < 128) {
        in = ascii[c];
      } else {
        in = nonAscii;
        // One code point, as Java reads it. (A match the JDK starts on the low half of a pair reads
        // the same classes as one started on the pair: no ASCII class tells them apart.)
        if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(text.charAt(i))) {
          i++;
        }
      }
      states = closure(((states << 1) | (states & repeatable)) & in);
      if (!fromStart) {
        states |= start;
      } else if (states == 0) {
        return false;
      }
      if (!toEnd && (states & accept) != 0) {
        return true;
      }
    }
    return (states & accept) != 0;
  }

  /** Adds the states reached by skipping optional positions. */
  private long closure(long states) {
    long reached = states;
    while (true) {
      long more = reached | ((reached << 1) & skippable);
      if (more == reached) {
        return reached;
      }
      reached = more;
    }
  }

  /** One unrolled position: a class of ASCII characters (or its complement) and how often it occurs. */
  private record Position(long low, long high, boolean negated, boolean skippable, boolean repeatable) {
    boolean contains(int c) {
      boolean in = c < 64 ? (low >>> c & 1) != 0 : (high >>> (c - 64) & 1) != 0;
      return in != negated;
    }
  }

  /** Reads a simple pattern, or answers null at the first construct outside the subset. */
  private static final class Parser {
    private final String regex;
    private int at;
    private long low;
    private long high;

    Parser(String regex) {
      this.regex = regex;
    }

    SimplePattern parse() {
      boolean startAnchored = eat('^');
      List<Position> positions = new ArrayList<>();
      boolean endAnchored = false;
      while (at < regex.length()) {
        if (regex.charAt(at) == '$' && at == regex.length() - 1) {
          endAnchored = true;
          at++;
          break;
        }
        low = 0;
        high = 0;
        boolean negated;
        if (eat('[')) {
          negated = eat('^');
          if (!readClass()) {
            return null;
          }
        } else {
          negated = false;
          int c = atom(false);
          if (c < 0) {
            return null;
          }
          add(c, c);
        }
        if (!quantified(positions, negated)) {
          return null;
        }
        if (positions.size() > MAX_POSITIONS) {
          return null;
        }
      }
      return new SimplePattern(positions, startAnchored, endAnchored);
    }

    /** Reads the items of a class up to its {@code ]}; false if one is outside the subset. */
    private boolean readClass() {
      int first = at;
      while (at < regex.length() && regex.charAt(at) != ']') {
        if (regex.charAt(at) == '-') {
          // A literal '-' first or last only ([-a], [a-]); elsewhere engines read it differently.
          if (at != first && !next(']')) {
            return false;
          }
          at++;
          add('-', '-');
          continue;
        }
        int from = atom(true);
        if (from < 0) {
          return false;
        }
        int to = from;
        if (at < regex.length() && regex.charAt(at) == '-' && !next(']')) {
          at++;
          to = atom(true);
          if (to < from) {
            return false;
          }
        }
        add(from, to);
      }
      // An empty class, or one without its ']', is not simple (Java and ECMA-262 read them apart).
      return at > first && eat(']');
    }

    /** Whether the character after the current one is {@code c}. */
    private boolean next(char c) {
      return at + 1 < regex.length() && regex.charAt(at + 1) == c;
    }

    /**
     * Reads one literal character, escaped or not, and answers its value, or -1 if it is not an ASCII
     * literal of the subset.
     */
    private int atom(boolean inClass) {
      if (at >= regex.length()) {
        return -1;
      }
      char c = regex.charAt(at++);
      if (c == '\\') {
        if (at >= regex.length()) {
          return -1;
        }
        char e = regex.charAt(at++);
        if (e == 'u') {
          return unicodeEscape();
        }
        return METACHARACTERS.indexOf(e) >= 0 || e == '-' || e == '/' ? e : -1;
      }
      if (c < 0x20 || c > 0x7E) {
        return -1;
      }
      String special = inClass ? "[]\\^&-" : METACHARACTERS;
      return special.indexOf(c) >= 0 ? -1 : c;
    }

    private int unicodeEscape() {
      if (at + 4 > regex.length()) {
        return -1;
      }
      int value = 0;
      for (int k = 0; k < 4; k++) {
        char h = regex.charAt(at++);
        // ASCII hexadecimal digits only, as the JDK reads them.
        int digit = h < 128 ? Character.digit(h, 16) : -1;
        if (digit < 0) {
          return -1;
        }
        value = value * 16 + digit;
      }
      return value < 128 ? value : -1;
    }

    /** Reads the quantifier of the item just read, if any, and adds its unrolled positions. */
    private boolean quantified(List<Position> positions, boolean negated) {
      int min;
      int max;
      if (eat('*')) {
        min = 0;
        max = -1;
      } else if (eat('+')) {
        min = 1;
        max = -1;
      } else if (eat('?')) {
        min = 0;
        max = 1;
      } else if (eat('{')) {
        min = number();
        if (min < 0) {
          return false;
        }
        if (eat(',')) {
          max = at < regex.length() && regex.charAt(at) == '}' ? -1 : number();
          if (max == -2 || (max >= 0 && max < min)) {
            return false;
          }
        } else {
          max = min;
        }
        if (!eat('}')) {
          return false;
        }
      } else {
        min = 1;
        max = 1;
      }
      if (min > MAX_POSITIONS || max > MAX_POSITIONS) {
        return false;
      }
      for (int k = 0; k < min; k++) {
        positions.add(new Position(low, high, negated, false, false));
      }
      if (max < 0) {
        positions.add(new Position(low, high, negated, true, true));
      } else {
        for (int k = min; k < max; k++) {
          positions.add(new Position(low, high, negated, true, false));
        }
      }
      return true;
    }

    /** Reads a decimal count of at most two digits, or answers a negative number. */
    private int number() {
      int start = at;
      int value = 0;
      while (at < regex.length() && regex.charAt(at) >= '0' && regex.charAt(at) <= '9') {
        if (at - start == 2) {
          return -2;
        }
        value = value * 10 + regex.charAt(at++) - '0';
      }
      return at == start ? -2 : value;
    }

    private void add(int from, int to) {
      for (int c = from; c <= to; c++) {
        if (c < 64) {
          low |= 1L << c;
        } else {
          high |= 1L << (c - 64);
        }
      }
    }

    private boolean eat(char c) {
      if (at < regex.length() && regex.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }
  }
}
