package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.StructuralProblem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

/**
 * The table of invalid documents: the generated structural pass reports exactly the problems
 * expected, located and with a message in both languages; networknt, on the published schema, gives
 * the same errors at the same pointers; and the model's oracles refuse each document at the same
 * place: Jackson's data binding, or else Bean Validation of the contract it binds.
 */
class SchemaRejectionsTest {

  static Stream<InvalidDocuments.Case> cases() {
    return InvalidDocuments.all().stream();
  }

  @Test
  void base_isValidForThePass_networknt_andTheConstraints() {
    String json = Fixtures.baseJson();
    assertEquals(List.of(), ClsSchema.standard().validate(json));
    assertEquals(List.of(), NetworkntOracle.keys(json));
    assertEquals(Set.of(), ModelConstraints.violations(ClsJson.defaults().mapper().readValue(json,
        ContratLocalDeSante.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pass_reportsExactlyTheExpectedProblems(InvalidDocuments.Case c) {
    assertEquals(c.expected(), ProblemKeys.keys(ClsSchema.standard().validate(c.document())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void networknt_givesTheSameErrors_atTheSamePointers(InvalidDocuments.Case c) {
    String document = c.document();
    assertEquals(ProblemKeys.schemaKeys(ClsSchema.standard().validate(document)), NetworkntOracle.keys(document));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyProblem_isLocated_andHasItsMessageInBothLanguages(InvalidDocuments.Case c) {
    for (StructuralProblem p : ClsSchema.standard().validate(c.document())) {
      assertTrue(p.line() > 0 && p.column() > 0, p::toString);
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String message = p.message(locale);
        assertFalse(message.isBlank() || message.contains("{") || message.contains(p.messageKey()), message);
        if (p.keyword().equals("required") || p.keyword().equals("additionalProperties")) {
          assertTrue(message.contains(String.valueOf(p.arguments().get(0))), message);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void modelOracles_rejectTheDocument_atTheSamePlace(InvalidDocuments.Case c) {
    Set<String> pointers = c.expected().stream().map(e -> e.substring(0, e.indexOf(' ')))
        .collect(Collectors.toCollection(TreeSet::new));
    if (c.layer() == InvalidDocuments.Layer.READER) {
      JacksonException e = assertThrows(JacksonException.class,
          () -> ClsJson.defaults().mapper().readValue(c.document(), ContratLocalDeSante.class));
      String at = pointer(e);
      // Jackson names the value itself, or a property below the object the pass names.
      assertTrue(pointers.stream().anyMatch(p -> at.equals(p) || at.startsWith(p + "/")),
          () -> "Jackson at " + at + ": " + e.getOriginalMessage() + "; the pass at " + pointers);
    } else {
      ContratLocalDeSante bound = ClsJson.defaults().mapper().readValue(c.document(), ContratLocalDeSante.class);
      assertEquals(pointers, ModelConstraints.violations(bound));
    }
  }

  private static String pointer(JacksonException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName().replace("~", "~0").replace("/", "~1")
            : Integer.toString(r.getIndex()))
        .map(segment -> "/" + segment)
        .collect(Collectors.joining());
  }
}
