package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.RegularExpression;
import io.clsante.model.DateCalendaire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Finess;
import io.clsante.model.id.Rna;
import io.clsante.model.id.Siren;
import io.clsante.model.id.Siret;
import io.clsante.model.json.StructuralProblem;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each pattern of the schema, on many strings ({@link PatternSamples}) placed in a small document:
 * the pass reports {@code pattern} exactly where networknt's regular expression (ECMA-262 semantics,
 * as {@link OfflineSchemas} runs it) refuses the string; the pattern accepts exactly the shape the
 * model accepts; and of the strings the pattern accepts, the pass refuses ({@code INVALID_VALUE})
 * only those the model does not read: SIREN and SIRET whose check digit is wrong. A pattern problem's
 * message names its format.
 */
class PatternSamplesTest {
  /** Where the value goes. */
  private static final String VALUE = "\u0000";

  private static String document(String extra) {
    return "{\"formatVersion\": \"1.0\", \"identifiant\": \"c\", \"intitule\": \"C\", \"nature\": \"CLS\","
        + " \"statut\": \"SIGNE\", \"territoire\": {}" + extra + "}";
  }

  private static String acteur(String property) {
    return document(", \"acteurs\": [{\"id\": \"a\", \"nom\": \"A\", \"type\": \"ARS\", \"" + property + "\": "
        + VALUE + "}]");
  }

  /** The format, where the schema states its pattern, where the value goes, and the document. */
  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(Siren.class, "/$defs/Siren/pattern", "/acteurs/0/siren", acteur("siren")),
        Arguments.of(Siret.class, "/$defs/Siret/pattern", "/acteurs/0/siret", acteur("siret")),
        Arguments.of(Finess.class, "/$defs/Finess/pattern", "/acteurs/0/finess", acteur("finess")),
        Arguments.of(Rna.class, "/$defs/Rna/pattern", "/acteurs/0/rna", acteur("rna")),
        Arguments.of(CodeCommune.class, "/$defs/CodeCommune/pattern", "/acteurs/0/codeCommune", acteur("codeCommune")),
        Arguments.of(CodeDepartement.class, "/$defs/CodeDepartement/pattern", "/acteurs/0/codeDepartement",
            acteur("codeDepartement")),
        Arguments.of(CodeRegion.class, "/$defs/CodeRegion/pattern", "/acteurs/0/codeRegion", acteur("codeRegion")),
        Arguments.of(DateCalendaire.class, "/$defs/DateCalendaire/pattern", "/periode/debut",
            document(", \"periode\": {\"debut\": " + VALUE + "}")),
        Arguments.of(LocalDate.class, "/$defs/LocalDate/pattern", "/signataires/0/dateSignature",
            document(", \"signataires\": [{\"acteur\": \"a\", \"role\": \"SIGNATAIRE\", \"dateSignature\": "
                + VALUE + "}]")),
        Arguments.of(NotBlank.class, "/$defs/Avenant/properties/objet/pattern", "/avenants/0/objet",
            document(", \"avenants\": [{\"numero\": 1, \"date\": \"2026-01-31\", \"objet\": " + VALUE + "}]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void pattern_passAndNetworkntAndModel_agreeOnEverySample(Class<?> type, String patternAt, String pointer,
      String template) {
    String pattern = Fixtures.schemaTree().at(patternAt).stringValue();
    // The message names the format: "SIREN invalide", or "texte vide" for a blank text.
    String messageKey = "schema.pattern." + (type == NotBlank.class ? "nonBlank" : patternAt.split("/")[2]);
    RegularExpression networknt = EcmaRegularExpressions.compile(pattern);
    Predicate<String> shape = PatternSamples.shapeAcceptedByModel(type);
    Predicate<String> read = PatternSamples.readByModel(type);
    boolean checkDigits = type == Siren.class || type == Siret.class;
    Set<String> samples = PatternSamples.samples(type);
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    int invalid = 0;
    for (String s : samples) {
      boolean schema = networknt.matches(s);
      List<String> expected = !schema ? List.of(pointer + " pattern")
          : read.test(s) ? List.of() : List.of(pointer + " INVALID_VALUE");
      List<StructuralProblem> problems = ClsSchema.standard().validate(
          template.replace(VALUE, Fixtures.PLAIN.writeValueAsString(s)));
      List<String> pass = ProblemKeys.keys(problems);
      boolean named = problems.stream().allMatch(p -> !p.keyword().equals("pattern") || p.messageKey().equals(messageKey));
      if (!pass.equals(expected) || !named || schema != shape.test(s) || (!checkDigits && schema && !read.test(s))) {
        disagreements.add(String.format("«%s»: pattern %s, model %s, pass %s", s.replace("\n", "\\n"),
            schema ? "accepts" : "refuses", read.test(s) ? "reads it" : "refuses", problems));
      }
      refused += schema ? 0 : 1;
      invalid += schema && !read.test(s) ? 1 : 0;
    }
    assertEquals(List.of(), disagreements.subList(0, Math.min(10, disagreements.size())),
        disagreements.size() + " disagreements, pattern " + pattern);
    // The samples are not all of one kind: each pattern fires and stays quiet, and check digits fire.
    assertTrue(refused > 0 && refused < samples.size(), () -> "refused " + pattern);
    assertEquals(checkDigits, invalid > 0);
  }
}
