package io.clsante.rules.donnees;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clsante.model.Contact;
import io.clsante.model.DonneePersonnelle;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.rules.RuleHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * No report ever contains the value of a property marked {@link DonneePersonnelle}: for every such
 * property (found by reflection, so a new one is covered at once), a valid value, a value too long
 * and a value of the wrong form, in the contact of the coordination and of an actor, give reports
 * whose text, JSON and SARIF, in French and English, never hold the value.
 */
class PersonalDataNeverReportedTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String SECRET = "Secretvaleurprivee";

  static Stream<Arguments> cases() {
    List<String> properties = Arrays.stream(Contact.class.getMethods())
        .filter(m -> m.isAnnotationPresent(DonneePersonnelle.class))
        .map(m -> m.getAnnotation(JsonProperty.class).value())
        .sorted()
        .toList();
    assertTrue(properties.containsAll(List.of("courriel", "nom", "telephone")), properties.toString());
    return properties.stream().flatMap(p -> Stream.of(
        Arguments.of(p, SECRET + "@exemple.fr"),
        Arguments.of(p, SECRET + "x".repeat(600)),
        Arguments.of(p, SECRET + " sans arobase ni forme")));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("cases")
  void reports_neverHoldAPersonalValue(String property, String value) throws IOException {
    for (String contact : List.of("/coordination/contact", "/acteurs/0/contact")) {
      ObjectNode root = (ObjectNode) MAPPER.readTree(valide());
      String parent = contact.substring(0, contact.lastIndexOf('/'));
      ObjectNode holder = (ObjectNode) root.at(parent);
      if (holder.isMissingNode() || holder.get("contact") == null) {
        holder.putObject("contact");
      }
      ((ObjectNode) root.at(contact)).put(property, value);
      ClsValidator validator = ClsValidator.builder().referenceDate(RuleHarness.TODAY).build();
      Report report = validator.validate("contrat.json", MAPPER.writeValueAsBytes(root));
      assertFalse(report.findings().isEmpty(), "the personal data is at least signalled");
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        for (Finding f : report.findings()) {
          assertFalse(f.format(locale).contains(SECRET), f.format(locale));
          assertFalse(String.valueOf(f.arguments()).contains(SECRET), f.arguments().toString());
        }
      }
      assertFalse(report.toJson().contains(SECRET), report.toJson());
      assertFalse(report.toSarif().contains(SECRET), report.toSarif());
      assertFalse(report.toString().contains(SECRET), report.toString());
    }
  }

  private static String valide() throws IOException {
    try (InputStream in = RuleHarness.class.getResourceAsStream("internal/valide.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
