package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.json.StructuralProblem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers beyond the int and long ranges, or written with an exponent or a fraction part, where the
 * schema bounds an integer or a decimal: the pass gives findings, never an exception, and networknt
 * (which needs {@link LargeIntegers} beyond the long range) gives the same errors. An integral value
 * written with a fraction part or an exponent ({@code 2.0}, {@code 2.147483647e9}) is an integer for
 * JSON Schema and every engine accepts it; the model reads integers written as such only, and the
 * pass reports it as {@code CLS-JSON-007} ({@code WRONG_TYPE}), a problem of the model that no
 * engine reports.
 */
class LargeNumbersTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // pointer | value, written as is | keywords the pass reports there, sorted
      "/generation|1e20|maximum",
      "/generation|-1e20|minimum",
      "/generation|1.5E+25|maximum",
      "/generation|1e400|maximum",
      "/generation|-1e400000|minimum",
      "/generation|12345678901234567890.5|maximum type",
      "/generation|-12345678901234567890.5|minimum type",
      "/generation|99999999999999999999|maximum",
      "/generation|2147483648|maximum",
      "/generation|2147483647|",
      "/generation|2.147483647e9|WRONG_TYPE",
      "/generation|2.0|WRONG_TYPE",
      "/generation|0.0|minimum",
      "/axes/0/numero|1e20|maximum",
      "/territoire/population/valeur|9.3e18|maximum",
      "/coordination/etp|1e20|maximum",
      "/coordination/etp|1e400|maximum",
      "/coordination/etp|1e-400|",
      "/coordination/etp|100.0000000000000000000001|maximum",
      "/coordination/etp|-0.0000000000000000000001|minimum"})
  void largeNumber_givesTheSameFindingsAsNetworknt(String pointer, String value, String keywords) {
    String document = Fixtures.edited(pointer, value);
    List<String> expected = keywords == null ? List.of()
        : Stream.of(keywords.split(" ")).map(k -> pointer + " " + k).toList();
    List<StructuralProblem> found = ClsSchema.standard().validate(document);
    assertEquals(expected, ProblemKeys.keys(found), found::toString);
    assertEquals(ProblemKeys.schemaKeys(found), NetworkntOracle.keys(document));
  }
}
