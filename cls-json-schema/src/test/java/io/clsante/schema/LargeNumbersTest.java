package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.json.ClsJsonException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers beyond the long range where the schema bounds an integer or a decimal: the engine meets
 * them as decimals, which it used to compare through {@code asLong()} and throw; they get findings.
 */
class LargeNumbersTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // property written with the value | value | expected keywords, in order
      "\"generation\": 2|1e20|maximum",
      "\"generation\": 2|-1e20|minimum",
      "\"generation\": 2|1.5E+25|maximum",
      "\"generation\": 2|1e400|maximum",
      "\"generation\": 2|-1e400000|minimum",
      "\"generation\": 2|12345678901234567890.5|maximum type",
      "\"generation\": 2|-12345678901234567890.5|minimum type",
      "\"numero\": 1|1e20|maximum",
      "\"valeur\": 19000|9.3e18|maximum",
      "\"etp\": 1|1e20|maximum",
      "\"generation\": 2|2147483647|",
      "\"generation\": 2|2.147483647e9|"})
  void largeNumber_givesFindingsNotAnException(String property, String value, String keywords) throws ClsJsonException {
    String json = Fixtures.baseJson();
    String name = property.substring(0, property.indexOf(':'));
    String changed = json.replaceFirst(java.util.regex.Pattern.quote(property), name + ": " + value);
    if (property.startsWith("\"etp\"")) {
      changed = json.replaceFirst("\"cofinancements\"", "\"etp\": " + value + ",\n    \"cofinancements\"");
    }
    assertEquals(false, changed.equals(json), "the table's property is not in the base document: " + property);
    List<String> expected = keywords == null ? List.of() : List.of(keywords.split(" "));
    for (ClsSchema schema : List.of(ClsSchema.standard(), ClsSchema.engineOnly())) {
      List<SchemaViolation> found = schema.validate(changed);
      assertEquals(expected, found.stream().map(SchemaViolation::keyword).toList(), found.toString());
      for (SchemaViolation v : found) {
        assertEquals(true, v.pointer().endsWith("/" + name.replace("\"", "")), v.toString());
      }
    }
  }
}
