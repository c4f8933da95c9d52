package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.RegularExpression;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.internal.SimplePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@link SimplePattern} answers exactly as {@link java.util.regex} does: through
 * {@link EcmaRegularExpressions} (the schema's engine and pre-check) as {@code find} on the ECMA-262
 * translation, and as {@code matches()} for the constraint pre-check, on every pattern of the schema
 * and the model and on a table of other simple patterns, for chosen strings and for 100,000 random
 * strings per pattern drawn mostly from the pattern's own classes, their neighbours and troublesome
 * characters.
 */
class SimplePatternEquivalenceTest {
  private static final int RANDOM_STRINGS = 100_000;

  /** Simple patterns beyond the schema's: quantifier bounds, negations, escapes, anchors. */
  private static final List<String> EXTRA = List.of(
      "", "^$", "$", "^", "^a{2,4}b?[b-d]*$", "[0-9]{2}", "^[^a-z]{1,3}$", "[^\\u0000-\\u0020]{2}", "x?y?z?$",
      "^[ab]*[bc]+[cd]?$", "[-.]+$", "^[\\]\\\\]{0,2}", "^[^-]+[-]", "a{2,}[^a]*$",
      "^[\\u0041-\\u005A]{3}[^\\u0041-\\u005A]?$", "[^a]{2}", "^[^a]*$", "^[^\\u0000-\\u007F]{2}$",
      "^\\.\\$[$]{1,}", "^[a-c]{0}d{0,0}e{0,}$", "^[0-9][0-9AB][0-9]{7}", "[A-Z]{3}$");

  /** Strings worth trying on every pattern. */
  private static final List<String> TRICKY = List.of(
      "", "a", "A", "0", "9", "W", "-", ".", "_", "$", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", " ",
      "\u0000", "\u0020", "\u0021", "\u007F", "\u0080", "é", "É", "\uD83D\uDE00", "\uD83D", "\uDE00",
      "\uDE00\uD83D", "\uFF10", "\u0663", "ars-occitanie", "fa-1.2", "fa-1.2\n", "fa-1.2\r\n", "fa-1.2\u2028",
      "-fa", ".fa", "fa é", "200035756", "200035756\n", "20003575", "2000357560", "20003575a", "20003575\uFF16",
      "20003575600012", "2000357560001", "200035756000123", "12", "1", "123", "12\n", "\n12", "76",
      "34A012345", "34B012345", "34C012345", "W123456789", "W12345678Z", "W12345678", "w123456789",
      "W123456789\n", "  ", " \t ", " x ", "\u00A0", "\u3000", "aa", "aaaa", "aab", "bcd", "\uD83D\uDE00x",
      "x\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00", "\uD83Dx", "x\uDE00");

  /** Characters that sit just outside ASCII classes or that engines treat specially. */
  private static final List<String> SPECIAL = List.of(
      "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u0000", " ", "\t", "\u007F", "\u0080", "\u00A0", "é",
      "É", "\uFF10", "\uFF21", "\u0663", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0131", "\u212A");

  /** The schema's patterns that are simple, as the pre-check meets them on every identifier. */
  private static final Set<String> SCHEMA_SIMPLE = Set.of(
      "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "^[0-9]{9}$", "^[0-9]{14}$", "^[0-9]{2}$", "^[0-9][0-9AB][0-9]{7}$",
      "^W[0-9A-Z]{9}$", "[^\\u0000-\\u0020]");

  static Set<String> schemaPatterns() throws IOException {
    Set<String> out = new TreeSet<>();
    collect(Fixtures.PLAIN.readTree(Files.readString(Fixtures.publishedSchema())), out);
    return out;
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (e.getKey().equals("pattern") && e.getValue().isString()) {
          out.add(e.getValue().stringValue());
        } else {
          collect(e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node.values()) {
        collect(item, out);
      }
    }
  }

  static Stream<String> patterns() throws IOException {
    Set<String> all = new LinkedHashSet<>(schemaPatterns());
    all.add(IdentifiantLocal.REGEX);
    all.addAll(EXTRA);
    return all.stream();
  }

  @Test
  void schemaPatterns_theIdentifierOnesAreSimple_theOthersFallBack() throws IOException {
    Set<String> schema = schemaPatterns();
    assertTrue(schema.containsAll(SCHEMA_SIMPLE), schema.toString());
    for (String p : schema) {
      assertEquals(SCHEMA_SIMPLE.contains(p), SimplePattern.compile(p).isPresent(), p);
    }
    assertTrue(SimplePattern.compile(IdentifiantLocal.REGEX).isPresent());
  }

  @ParameterizedTest(name = "«{0}»")
  @MethodSource("patterns")
  void everyPattern_answersAsTheJdk_onTrickyAndRandomStrings(String regex) {
    RegularExpression ecma = EcmaRegularExpressions.compile(regex);
    Pattern jdkEcma = Pattern.compile(EcmaRegularExpressions.toJava(regex));
    Pattern jdk = Pattern.compile(regex);
    SimplePattern simple = SimplePattern.compile(regex).orElse(null);
    long seed = 0x5eed_0000L ^ regex.hashCode();
    Generator generator = new Generator(regex, new Random(seed));
    int[] found = new int[2];
    int[] matched = new int[2];
    for (int i = -TRICKY.size(); i < RANDOM_STRINGS; i++) {
      String s = i < 0 ? TRICKY.get(i + TRICKY.size()) : generator.next();
      String where = "pattern " + regex + ", seed " + seed + ", string #" + i + " " + escaped(s);
      boolean expectedFind = jdkEcma.matcher(s).find();
      assertEquals(expectedFind, ecma.matches(s), where);
      found[expectedFind ? 1 : 0]++;
      if (simple != null) {
        assertEquals(expectedFind, simple.find(s), where);
        boolean expectedMatch = jdk.matcher(s).matches();
        assertEquals(expectedMatch, simple.matchesEntirely(s), where);
        matched[expectedMatch ? 1 : 0]++;
      }
    }
    if (simple != null) {
      // The strings must exercise both answers, or the comparison proves little. (A pattern that
      // matches the empty string and is open at one end occurs in every string.)
      boolean everywhere = jdkEcma.matcher("").find() && !(regex.startsWith("^") && regex.endsWith("$"));
      assertTrue((everywhere || found[0] > 100) && found[1] > 100,
          regex + " find: " + found[0] + " false, " + found[1] + " true");
      assertTrue(matched[0] > 100 && matched[1] > 100,
          regex + " matches: " + matched[0] + " false, " + matched[1] + " true");
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }

  /**
   * Random strings shaped like a pattern: its items, read here with the JDK (each class's members
   * asked of {@link Pattern}), repeated about as often as their quantifiers allow, with occasional
   * strangers, wrong counts, prefixes and suffixes.
   */
  private static final class Generator {
    private static final Pattern ITEM = Pattern.compile(
        "(\\[(?:\\\\.|[^\\]\\\\])*+\\]|\\\\u[0-9A-Fa-f]{4}|\\\\.|[^$])(\\*|\\+|\\?|\\{(\\d+)(?:(,)(\\d*))?\\})?");

    private record Item(List<String> members, int min, int max) {}

    private final Random random;
    private final List<Item> items = new ArrayList<>();
    private final List<String> noise = new ArrayList<>(SPECIAL);

    Generator(String regex, Random random) {
      this.random = random;
      String body = regex.startsWith("^") ? regex.substring(1) : regex;
      Matcher m = ITEM.matcher(body);
      Set<String> near = new TreeSet<>();
      while (m.find()) {
        Pattern atom;
        try {
          atom = Pattern.compile(m.group(1));
        } catch (PatternSyntaxException e) {
          // A piece of a pattern that is not simple (a group, an alternation): taken literally.
          atom = Pattern.compile(Pattern.quote(m.group(1)));
        }
        List<String> members = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
          if (atom.matcher(String.valueOf(c)).matches()) {
            members.add(String.valueOf(c));
            near.add(String.valueOf((char) Math.max(0, c - 1)));
            near.add(String.valueOf((char) (c + 1)));
          }
        }
        for (String s : SPECIAL) {
          if (atom.matcher(s).matches()) {
            members.add(s);
          }
        }
        if (members.isEmpty()) {
          members.add("a");
        }
        String q = m.group(2);
        int min = q == null || q.equals("+") ? 1 : q.equals("*") || q.equals("?") ? 0 : Integer.parseInt(m.group(3));
        int max = q == null || q.equals("?") ? 1 : q.equals("*") || q.equals("+") ? -1
            : m.group(4) == null ? min : m.group(5).isEmpty() ? -1 : Integer.parseInt(m.group(5));
        items.add(new Item(members, min, max));
      }
      noise.addAll(near);
    }

    String next() {
      StringBuilder s = new StringBuilder();
      if (random.nextInt(5) == 0) {
        for (int n = random.nextInt(13); n > 0; n--) {
          s.append(noise.get(random.nextInt(noise.size())));
        }
        return s.toString();
      }
      affix(s);
      for (Item item : items) {
        int count = item.min + random.nextInt((item.max < 0 ? item.min + 4 : item.max) - item.min + 1);
        if (random.nextInt(8) == 0) {
          count = random.nextBoolean() ? Math.max(0, item.min - 1) : (item.max < 0 ? count + 1 : item.max + 1);
        }
        for (int k = 0; k < count; k++) {
          s.append(random.nextInt(15) == 0 ? noise.get(random.nextInt(noise.size()))
              : item.members.get(random.nextInt(item.members.size())));
        }
      }
      affix(s);
      return s.toString();
    }

    private void affix(StringBuilder s) {
      if (random.nextInt(5) == 0) {
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
          s.append(noise.get(random.nextInt(noise.size())));
        }
      }
    }
  }
}
