package io.clsante.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regular expressions of the schema, as the generated pass compiles them. */
class PassProcessorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "^[0-9]{9}$|^[0-9]{9}\\z",
      "(?:a$)x|(?:a\\z)x",
      "[$]$|[$]\\z",
      "\\$|\\$",
      "[^\\u0000-\\u0020]|[^\\u0000-\\u0020]",
      "^[a\\]$]x$|^[a\\]$]x\\z"})
  void javaRegex_readsEcmaEndOfInput(String ecma, String java) {
    assertEquals(java, PassProcessor.javaRegex(ecma));
  }

  /** ECMA-262's {@code $} is the end of input: a final line break is not accepted before it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"cls|true", "cls\\n|false", "cls\\r\\n|false", "x cls|false"})
  void javaRegex_refusesAFinalLineBreak(String value, boolean expected) {
    String text = value.replace("\\n", "\n").replace("\\r", "\r");
    Pattern p = Pattern.compile(PassProcessor.javaRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    assertEquals(expected, p.matcher(text).find());
  }
}
