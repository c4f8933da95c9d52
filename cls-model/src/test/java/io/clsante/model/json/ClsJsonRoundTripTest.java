package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.CodeList;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Extensions;
import io.clsante.model.FicheAction;
import io.clsante.model.NatureContrat;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.TypeActeur;
import io.clsante.model.id.Siren;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClsJsonRoundTripTest {
  /** The example that uses every concept of the format, published with the reference examples. */
  static final java.nio.file.Path ALL_CONCEPTS = java.nio.file.Path.of("../examples/concepts/tous-les-concepts.json");

  private final ClsJson json = ClsJson.defaults();

  static byte[] allConcepts() throws IOException {
    return java.nio.file.Files.readAllBytes(ALL_CONCEPTS);
  }

  @Test
  void allConceptsDocument_roundTripsByteIdentically() throws Exception {
    byte[] original = allConcepts();
    ContratLocalDeSante read = json.read(original);
    byte[] written = json.writeBytes(read);
    assertEquals(new String(original, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
    assertArrayEquals(original, written);
    assertEquals(read, json.read(written));
  }

  @Test
  void check_readsTheSameModel_andLocatesValues() throws Exception {
    byte[] original = allConcepts();
    JsonReading reading = json.check(original);
    assertEquals(json.read(original), reading.contrat().orElseThrow());
    assertEquals(List.of(), reading.problems());
    assertEquals(new Position(1, 1), reading.position("").orElseThrow());
    assertEquals(new Position(2, 20), reading.position("/formatVersion").orElseThrow());
    // A missing value is located at its nearest enclosing value.
    assertEquals(reading.position("/territoire").orElseThrow(), reading.position("/territoire/absent").orElseThrow());
    assertEquals(java.util.Optional.empty(), reading.position("territoire"));
  }

  @Test
  void allConceptsDocument_readsEveryConcept() throws Exception {
    ContratLocalDeSante c = json.read(allConcepts());
    assertEquals(2, c.generation().orElseThrow());
    assertEquals("cls-exemple-2019", c.predecesseur().orElseThrow());
    assertEquals(6, c.evenements().size());
    assertEquals(Siren.parse("200035756"), c.territoire().epci().get(0).siren());
    assertEquals(new java.math.BigDecimal("2500.00"),
        c.axes().get(0).fiches().get(0).operations().get(0).budget().orElseThrow().valeur().orElseThrow());
    assertTrue(c.axes().get(0).fiches().get(0).calendrier().orElseThrow().pasAvant());
    assertEquals("[1,2.50,true,null]", c.extensions().orElseThrow().asJsonNode().get("editeur").get("liste").toString());
    assertEquals(1, c.avenants().size());
    assertEquals(1, c.evaluations().size());
  }

  @Test
  void equalModels_giveIdenticalBytes_andDifferentModelsDiffer() throws Exception {
    ContratLocalDeSante a = json.read(allConcepts());
    ContratLocalDeSante b = json.read(json.write(a));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertArrayEquals(json.writeBytes(a), json.writeBytes(b));
    ContratLocalDeSante changed = ContratLocalDeSante.builder().from(a).intitule("Autre").build();
    assertNotEquals(a, changed);
    assertFalse(Arrays.equals(json.writeBytes(a), json.writeBytes(changed)));
  }

  @Test
  void builtInCode_roundTrips() throws Exception {
    ContratLocalDeSante c = ContratLocalDeSante.builder()
        .identifiant("cls-test")
        .intitule("Test")
        .nature(NatureContrat.CONTRAT_PREFIGURATION)
        .statut(StatutContrat.EN_PREFIGURATION)
        .territoire(Territoire.builder().libelle("Test").build())
        .addActeurs(Acteur.builder().id("a").nom("A").type(TypeActeur.ARS).build())
        .addAxes(Axe.builder().id("axe-1").numero(1).intitule("Axe")
            .addFiches(FicheAction.builder().id("f").code("FA 1.1").intitule("F").build()).build())
        .extensions(Extensions.parse("{\"z\":1,\"a\":{\"b\":[1.10]}}"))
        .build();
    assertEquals(c, json.read(json.write(c)));
    assertTrue(json.write(c).endsWith("}\n"));
  }

  @Test
  void extensions_keepPropertyOrderAndNumberScale() throws Exception {
    Extensions a = Extensions.parse("{\"z\":1,\"a\":2.50}");
    Extensions b = Extensions.parse("{\"a\":2.50,\"z\":1}");
    assertNotEquals(a, b);
    assertEquals("{\"z\":1,\"a\":2.50}", a.toString());
    assertEquals(java.util.List.of("z", "a"), a.names());
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void everyCodeList_roundTripsThroughJson(Class<? extends Enum<?>> type) throws Exception {
    for (Enum<?> value : type.getEnumConstants()) {
      String written = json.mapper().writeValueAsString(value);
      assertEquals("\"" + value.name() + "\"", written);
      assertEquals(value, json.mapper().readValue(written, type));
      CodeList code = (CodeList) value;
      assertFalse(code.libelle().isBlank(), value + " has no label");
      assertTrue(code.code().matches("[A-Z][A-Z0-9_]*"), code.code());
    }
  }

  static Stream<Class<?>> codeLists() {
    return Stream.of(io.clsante.model.BaseTaxe.class, io.clsante.model.FrequenceCollecte.class,
        io.clsante.model.NatureContrat.class, io.clsante.model.NatureIndicateur.class,
        io.clsante.model.NiveauIndicateur.class, io.clsante.model.PrecisionDate.class,
        io.clsante.model.Priorite.class, io.clsante.model.RoleSignataire.class,
        io.clsante.model.StatutContrat.class, io.clsante.model.StatutFiche.class,
        io.clsante.model.StatutFinancement.class, io.clsante.model.Thematique.class,
        io.clsante.model.TypeActeur.class, io.clsante.model.TypeEvaluation.class,
        io.clsante.model.TypeEvenement.class, io.clsante.model.TypeInstance.class,
        io.clsante.model.TypePublic.class, io.clsante.model.TypeValeur.class,
        io.clsante.model.UniteMontant.class);
  }

  @Test
  void redacted_removesPersonalDataOnly() throws Exception {
    ContratLocalDeSante c = json.read(allConcepts());
    ContratLocalDeSante r = c.redacted();
    String out = json.write(r);
    assertFalse(out.contains("Personne Fictive"));
    assertFalse(out.contains("coordination@example.org"));
    assertFalse(out.contains("+33 5"));
    assertTrue(out.contains("coordinatrice du CLS"));
    assertEquals(c.axes(), r.axes());
    assertEquals(r, r.redacted());
  }
}
