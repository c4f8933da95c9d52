package io.clsante.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which patterns are simple, and what they answer on chosen strings. The equivalence with
 * {@link java.util.regex} on random strings, for every pattern of the schema and the model, is
 * checked in cls-json-schema ({@code SimplePatternEquivalenceTest}).
 */
class SimplePatternTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "", "^$", "^", "$", "a", "^a$", "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "^[0-9]{9}$", "^[0-9]{14}$",
      "^[0-9]{2}$", "^[0-9][0-9AB][0-9]{7}$", "^W[0-9A-Z]{9}$", "[^\\u0000-\\u0020]", "a*", "a+", "a?",
      "a{0}", "a{2,}", "a{2,5}", "x{0,3}y", "[-a]", "[a-]", "[^-a]", "[\\--z]", "[\\]\\[\\\\\\^]",
      "\\.\\$\\^\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/", "[.$*+?(){}|/]", "a b#c&d", "\\u0041\\u007F",
      "[\\u0000-\\u007F]", "^[0-9]{63}$", "^a{30}b{33}$"})
  void compile_recognisesSimplePatterns(String regex) {
    assertTrue(SimplePattern.compile(regex).isPresent(), regex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a|b", "(a)", "(?:a)", "(?=a)", ".", "a.b", "\\d", "\\s", "\\w", "\\b", "\\n", "\\t", "\\z", "\\A",
      "\\Q", "\\1", "\\p{L}", "\\u00E9", "\\u20AC", "\\u004", "\\u00G0", "\\u\uFF10\uFF10\uFF14\uFF11",
      "é", "\u0001", "\u007F", "a*?", "a+?", "a??", "a*+", "a++", "a{2}+", "a{2}?", "*a", "+", "?", "{2}",
      "a{", "a{}", "a{,2}", "a{2,1}", "a{1 }", "a{100}", "a{64}", "^a{30}b{34}$", "[0-9]{32}[0-9]{32}",
      "^^a", "a^", "a$b", "$$", "[]", "[]a]", "[^]", "[^]a]", "[a", "[a-", "[b-a]", "[a-c-e]", "[--a]",
      "[a--]", "[a-\\d]", "[[a]]", "[a[b]]", "[a&&b]", "[a&b]", "[a^]", "[\\d]", "[é]", "[\\u00E9]", "]",
      "}", "a\\", "[\\"})
  void compile_refusesEverythingElse(String regex) {
    assertTrue(SimplePattern.compile(regex).isEmpty(), regex);
  }

  /** ECMA-262 reading: {@code $} is the very end, the pattern may occur anywhere. */
  @ParameterizedTest(name = "{0} finds in «{1}»: {2}")
  @CsvSource(delimiterString = " => ", value = {
      "^[0-9]{2}$ => 76 => true",
      "^[0-9]{2}$ => '76\n' => false",
      "^[0-9]{2}$ => 7 => false",
      "^[0-9]{2}$ => 765 => false",
      "^[0-9]{2}$ => '' => false",
      "[0-9]{2} => x76x => true",
      "[0-9]{2}$ => x76 => true",
      "[0-9]{2}$ => '76\r\n' => false",
      "^[0-9]{2} => 76x => true",
      "^[0-9]{2} => x76 => false",
      "[^\\u0000-\\u0020] => '  a ' => true",
      "[^\\u0000-\\u0020] => ' \t\r\n ' => false",
      "[^\\u0000-\\u0020] => '' => false",
      "[^\\u0000-\\u0020] => '\u2028' => true",
      "^$ => '' => true",
      "^$ => '\n' => false",
      "$ => abc => true",
      "'' => '' => true",
      "^a{2,3}$ => aaaa => false",
      "^a{2,}b?$ => aaaab => true",
      "^[A-Za-z0-9][A-Za-z0-9_.-]*$ => fa-1.2 => true",
      "^[A-Za-z0-9][A-Za-z0-9_.-]*$ => -fa => false",
      "^[A-Za-z0-9][A-Za-z0-9_.-]*$ => fé => false"})
  void find_readsDollarAsEndOfInput(String regex, String text, boolean expected) {
    assertEquals(expected, SimplePattern.compile(regex).orElseThrow().find(text));
    assertEquals(expected, Pattern.compile(regex.replace("$", "\\z")).matcher(text).find());
  }

  /** Java's {@code matches()}: the whole string, whatever the anchors. */
  @ParameterizedTest(name = "{0} matches «{1}»: {2}")
  @CsvSource(delimiterString = " => ", value = {
      "^[0-9]{2}$ => 76 => true",
      "^[0-9]{2}$ => '76\n' => false",
      "[0-9]{2} => x76x => false",
      "[0-9]{2} => 76 => true",
      "[^\\u0000-\\u0020] => '  a ' => false",
      "[^\\u0000-\\u0020] => a => true",
      "'' => '' => true",
      "'' => a => false",
      "^a*$ => '' => true"})
  void matchesEntirely_readsTheWholeString(String regex, String text, boolean expected) {
    assertEquals(expected, SimplePattern.compile(regex).orElseThrow().matchesEntirely(text));
    assertEquals(expected, Pattern.compile(regex).matcher(text).matches());
  }

  /** A surrogate pair is one character, a lone surrogate too: as java.util.regex reads them. */
  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("surrogates")
  void codePoints_areReadAsTheJdkReadsThem(String regex, String text) {
    SimplePattern simple = SimplePattern.compile(regex).orElseThrow();
    assertEquals(Pattern.compile(regex.replace("$", "\\z")).matcher(text).find(), simple.find(text));
    assertEquals(Pattern.compile(regex).matcher(text).matches(), simple.matchesEntirely(text));
  }

  static Stream<Arguments> surrogates() {
    String pair = "\uD83D\uDE00";
    return Stream.of("^[^a]{2}$", "[^a]{2}", "^[^a]$", "[^a]", "^[^a]?x$", "^[^a]*$", "^[a-z]*$")
        .flatMap(regex -> Stream.of(pair, pair + pair, "x" + pair, pair + "x", "\uD83D", "\uDE00", "\uDE00\uD83D",
                "\uD83Dx", "x\uDE00", pair.repeat(2) + "x", "é", "éé")
            .map(text -> Arguments.of(regex, text)));
  }
}
