package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.FicheAction;
import io.clsante.model.Intervenant;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.RoleIntervenant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The short forms of the mapper: every type the format writes in short, and the shortest form. */
class ShortFormsTest {
  private final ClsJson json = ClsJson.defaults();

  @Test
  void table_namesExactlyTheTypesThePassReadsInShort() {
    assertEquals(Set.copyOf(ModelPass.SHORTHAND_TYPES),
        ShortForms.FORMS.stream().map(ShortForms.ShortForm::type).collect(Collectors.toSet()));
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Intervenant.class, Intervenant.of("cc-val-de-gers"), "\"cc-val-de-gers\""),
        Arguments.of(Intervenant.class,
            Intervenant.builder().acteur("cc-val-de-gers").role(RoleIntervenant.PILOTE).build(),
            "{\"acteur\":\"cc-val-de-gers\",\"role\":\"PILOTE\"}"),
        Arguments.of(Intervenant.class, Intervenant.builder().libelle("les-communes").build(),
            "{\"libelle\":\"les-communes\"}"),
        Arguments.of(ObjectifStrategique.class, ObjectifStrategique.of("Reduire-les-delais"), "\"Reduire-les-delais\""),
        Arguments.of(ObjectifStrategique.class,
            ObjectifStrategique.builder().numero("1.2").intitule("Reduire-les-delais").build(),
            "{\"numero\":\"1.2\",\"intitule\":\"Reduire-les-delais\"}"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("values")
  void value_isWrittenInItsShortestForm_andReadBackFromIt(Class<?> type, Object value, String written) {
    assertEquals(written, json.mapper().writeValueAsString(value).replaceAll("\\s+", ""));
    assertEquals(value, json.mapper().readValue(written, type));
  }

  @Test
  void fiche_writesEachLeadInItsShortestForm() {
    FicheAction fiche = FicheAction.builder().id("f").code("FA 1").intitule("F")
        .porteurs(List.of(Intervenant.of("a"), Intervenant.builder().acteur("b").service("s").build())).build();
    String text = json.mapper().writeValueAsString(fiche).replaceAll("\\s+", "");
    assertEquals(true, text.contains("\"porteurs\":[\"a\",{\"acteur\":\"b\",\"service\":\"s\"}]"), text);
  }
}
