package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ClsException;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ReferentielTerritorial#load(InputStream)} on small referentials written by hand. */
class ReferentielTerritorialLoadTest {
  private static final String HEADER = "FORMAT\tcls-referentiel-territorial\t1\nMILLESIME\t2027\n";
  private static final String VALID = HEADER
      + "REG\t76\tOccitanie\n"
      + "DEP\t32\t76\tGers\n"
      + "DEP\t978\t\tSaint-Martin\n"
      + "COM\t32013\t32\t76\t213200132\t\t200066926\tAuch\n"
      + "COM\t32365\t32\t76\t213203656\t\t200035756\tSeissan\n"
      + "COMD\t32067\t32\t76\t\t32365\t\tCabas-Loumassès\n"
      + "COM\t97801\t978\t\t\t\t\tSaint-Martin\n"
      + "EPCI\t200066926\tCA\t32013\tCA Grand Auch Coeur de Gascogne\n"
      + "EPCI\t200035756\tCC\t32365\tCC Astarac Arros en Gascogne\n";

  private static ReferentielTerritorial load(String text) throws IOException {
    return ReferentielTerritorial.load(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void loadsAnotherMillesimeFromPlainText() throws IOException {
    ReferentielTerritorial referentiel = load(VALID);
    CodeCommune cabas = CodeCommune.parse("32067");
    assertAll(
        () -> assertEquals(2027, referentiel.millesime()),
        () -> assertEquals(3, referentiel.communes().size()),
        () -> assertEquals(1, referentiel.communesDelegueesOuAssociees().size()),
        () -> assertEquals("Seissan", referentiel.communeActuelle(cabas).orElseThrow().nom()),
        () -> assertEquals(Siren.parse("200035756"),
            referentiel.epciDeCommune(cabas).orElseThrow().siren()),
        () -> assertEquals(List.of(CodeDepartement.parse("32")),
            referentiel.epci(Siren.parse("200066926")).orElseThrow().departements()),
        () -> assertEquals(Optional.empty(),
            referentiel.departement(CodeDepartement.parse("978")).orElseThrow().region()),
        () -> assertEquals("Occitanie",
            referentiel.region(CodeRegion.parse("76")).orElseThrow().nom()));
  }

  @Test
  void loadsGzipCompressedText() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(VALID.getBytes(StandardCharsets.UTF_8));
    }
    ReferentielTerritorial referentiel =
        ReferentielTerritorial.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(2, referentiel.epcis().size());
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ReferentielTerritorial.load(in);
    assertFalse(closed[0]);
  }

  /** Turns a table cell into lines: "⇥" stands for a tab, "¶" for a line break. */
  private static String lines(String cell) {
    return cell.replace('⇥', '\t').replace('¶', '\n') + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en-tête absent             | REG⇥76⇥Occitanie                                | ligne 1
      version de format inconnue | FORMAT⇥cls-referentiel-territorial⇥2            | ligne 1
      millésime absent           | FORMAT⇥cls-referentiel-territorial⇥1¶REG⇥76⇥X   | ligne 2
      """)
  void rejectsABadHeader(String why, String text, String where) {
    IOException e = assertThrows(IOException.class, () -> load(lines(text)));
    assertTrue(e.getMessage().contains(where), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      enregistrement inconnu | XYZ⇥1                         | ligne 12 : type d'enregistrement
      champ manquant         | REG⇥84                        | ligne 12 : 3 champs
      région en double       | REG⇥76⇥Occitanie              | REG 76 en double
      SIREN invalide         | COM⇥32001⇥32⇥76⇥213200131⇥⇥⇥X | ligne 12 : SIREN invalide
      département inconnu    | COM⇥33063⇥33⇥75⇥213300635⇥⇥⇥X | COM 33063 : 33 inconnu
      rattachement absent    | COMD⇥32001⇥32⇥76⇥⇥32002⇥⇥X    | rattachement 32002 absente
      actuelle rattachée     | COM⇥32001⇥32⇥76⇥⇥32013⇥⇥X     | ligne 12 : COMMUNE_ACTUELLE 32001
      EPCI absent            | COM⇥32001⇥32⇥76⇥⇥⇥200069151⇥X | EPCI 200069151 inconnu
      membre non réciproque  | EPCI⇥200069151⇥CC⇥32013⇥CC X  | membre 32013 rattaché à l'EPCI
      type d'EPCI inconnu    | EPCI⇥200069151⇥XX⇥32013⇥CC X  | type d'EPCI inconnu « XX »
      """)
  void rejectsInconsistentData(String why, String line, String expected) {
    IOException e = assertThrows(IOException.class, () -> load(VALID + lines(line)));
    assertTrue(e.getMessage().contains(expected), e::getMessage);
  }

  @Test
  void statesTheLineOfAMalformedCode() {
    IOException e = assertThrows(IOException.class,
        () -> load(HEADER + "REG\t76\tOccitanie\nDEP\t20\t94\tCorse\n"));
    // The rest of the message comes from cls-model: only its rejected value is checked here.
    assertTrue(e.getMessage().startsWith("référentiel, ligne 4 : "), e::getMessage);
    assertTrue(e.getMessage().contains("« 20 »"), e::getMessage);
  }

  @Test
  void failsWithAClearUncheckedExceptionWhenABundledResourceIsMissing() {
    ClsException e = assertThrows(ClsException.class,
        () -> BundledReferentiels.loadResource("cog-1999", 1999));
    assertEquals("ressource io/clsante/rules/referentiel/cog-1999.bin introuvable : la"
        + " bibliothèque cls-rules est mal empaquetée", e.getMessage());
  }
}
