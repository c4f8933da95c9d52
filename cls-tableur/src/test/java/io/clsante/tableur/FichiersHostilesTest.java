package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hostile or broken file gives one clear error that names its problem. */
class FichiersHostilesTest {
  @TempDir
  static Path dir;

  interface Fabrique {
    Path fabriquer(Path dir) throws IOException;
  }

  static Stream<Arguments> fichiers() {
    return Stream.of(
        Arguments.of("zip bomb", (Fabrique) FichiersHostiles::bombe, "fichier.bombe"),
        Arguments.of("hundreds of sheets", (Fabrique) d -> FichiersHostiles.feuilles(d, 400), "limite.feuilles"),
        Arguments.of("thousands of sheets", (Fabrique) d -> FichiersHostiles.feuilles(d, 3000), "fichier.parties"),
        Arguments.of("a million rows", (Fabrique) d -> FichiersHostiles.lignes(d, 1_000_000), "limite.lignes"),
        Arguments.of("external entities", (Fabrique) FichiersHostiles::entites, "fichier.entites"),
        Arguments.of("password-protected", (Fabrique) FichiersHostiles::protege, "fichier.protege"),
        Arguments.of("corrupted (truncated)", (Fabrique) FichiersHostiles::tronque, "fichier.corrompu"),
        Arguments.of("old binary XLS", (Fabrique) FichiersHostiles::xls, "fichier.xls"),
        Arguments.of("CSV renamed .xlsx", (Fabrique) FichiersHostiles::csv, "fichier.texte"),
        Arguments.of("empty", (Fabrique) FichiersHostiles::vide, "fichier.vide"),
        Arguments.of("PDF renamed .xlsx", (Fabrique) FichiersHostiles::pdf, "fichier.inconnu"),
        Arguments.of("no sheet in the template", (Fabrique) FichiersHostiles::sansModele, "fichier.sansFeuille"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fichiers")
  void lire_refusesWithTheProblemNamed(String cas, Fabrique fabrique, String cle) throws IOException {
    Path f = fabrique.fabriquer(dir);
    TableurException e = assertThrows(TableurException.class, () -> TetImport.defaults().lire(f));
    assertEquals(cle, e.cle(), cas + " : " + e.getMessage());
    for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      String m = e.message(l);
      assertFalse(m.contains("Exception") || m.contains("\tat ") || m.contains("{"), m);
    }
  }
}
