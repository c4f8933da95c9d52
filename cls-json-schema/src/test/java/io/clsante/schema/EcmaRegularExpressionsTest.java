package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema's patterns run with ECMA-262 semantics on the JDK's engine. */
class EcmaRegularExpressionsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiterString = " => ", value = {
      "^a$ => ^a\\z",
      "^(?:a|b)$ => ^(?:a|b)\\z",
      "a\\$ => a\\$",
      "[$] => [$]",
      "[\\]$]$ => [\\]$]\\z",
      "[^\\u0000-\\u0020] => [^\\u0000-\\u0020]"})
  void toJava_readsDollarAsEndOfInput_outsideClassesAndEscapes(String ecma, String java) {
    assertEquals(java, EcmaRegularExpressions.toJava(ecma));
  }

  @ParameterizedTest(name = "{0} on «{1}» → {2}")
  @CsvSource(delimiterString = " => ", value = {
      "^[a-z]+$ => cls => true",
      "^[a-z]+$ => 'cls\n' => false",
      "^[a-z]+$ => 'cls\r\n' => false",
      "^[0-9]{2}$ => '76\n' => false",
      "[0-9]{2} => x76x => true",
      "^[0-9]{2}$ => x76 => false",
      "^(?:a|b)$ => a => true",
      "[^\\u0000-\\u0020] => '  a ' => true",
      "[^\\u0000-\\u0020] => ' \t ' => false",
      "^(?:a|b)$ => 'a\n' => false",
      "^\\d{2}$ => 76 => true",
      "^\\d{2}$ => '76\n' => false",
      "^[a-z]+$ => 'cls\u2028' => false",
      "^[a-z]+$ => 'clé' => false"})
  void compile_matchesLikeEcma262Test(String pattern, String value, boolean matches) {
    assertEquals(matches, EcmaRegularExpressions.compile(pattern).matches(value.replace("\\n", "\n")));
  }

  /** A bad pattern is reported by the JDK. */
  @ParameterizedTest
  @ValueSource(strings = {"[b-a]", "a{2,1}", "(a", "[a", "a{", "\\"})
  void compile_leavesInvalidPatternsToTheJdk(String pattern) {
    assertThrows(PatternSyntaxException.class, () -> EcmaRegularExpressions.compile(pattern));
  }

  /** A date pattern of the schema. */
  private static final String DATE = "^(?:(?:19|20|21)[0-9]{2}(?:-(?:0[1-9]|1[0-2]|T[1-4]|S[12]))?)$";

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-13", "2025-T4", "2025-T5", "1899", "2025\\n", ""})
  void compiled_answersAsThePatternDoes(String value) {
    String text = value.replace("\\n", "\n");
    boolean expected = java.util.regex.Pattern.compile(EcmaRegularExpressions.toJava(DATE)).matcher(text).find();
    assertEquals(expected, EcmaRegularExpressions.compile(DATE).matches(text), text);
  }
}
