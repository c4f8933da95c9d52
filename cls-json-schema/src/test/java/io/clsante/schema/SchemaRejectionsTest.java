package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the schema rejects, the model rejects too: its reader, or else its Bean Validation
 * constraints (lengths, local ids, bounds, which the reader leaves to them).
 */
class SchemaRejectionsTest {

  static Stream<InvalidDocuments.Case> cases() {
    return InvalidDocuments.all().stream();
  }

  @Test
  void base_isValidForTheSchemaTheReaderAndTheConstraints() throws ClsJsonException {
    String json = Fixtures.baseJson();
    assertEquals(java.util.List.of(), ClsSchema.standard().validate(json));
    assertEquals(Set.of(), ModelConstraints.violations(ClsJson.defaults().read(json)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schema_reportsExactlyTheExpectedViolations(InvalidDocuments.Case c) throws ClsJsonException {
    Set<String> reported = ClsSchema.standard().validate(c.document()).stream()
        .map(InvalidDocuments::key).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(c.expected()), reported);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void model_rejectsWhatTheSchemaRejects_atTheSamePlace(InvalidDocuments.Case c) throws ClsJsonException {
    Set<String> pointers = c.expected().stream().map(e -> e.substring(0, e.indexOf(' ')))
        .collect(Collectors.toSet());
    if (c.layer() == InvalidDocuments.Layer.READER) {
      ClsJsonException e = assertThrows(ClsJsonException.class, () -> ClsJson.defaults().read(c.document()));
      // The reader names the value itself, or the property below the object the schema names.
      assertTrue(pointers.stream().anyMatch(p -> e.pointer().equals(p) || e.pointer().startsWith(p + "/")),
          () -> "reader: " + e.getMessage() + ", schema: " + pointers);
    } else {
      ContratLocalDeSante read = ClsJson.defaults().read(c.document());
      assertEquals(pointers, ModelConstraints.violations(read));
    }
  }
}
