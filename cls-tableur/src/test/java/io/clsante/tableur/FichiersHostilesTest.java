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
        Arguments.of("no sheet in the template", (Fabrique) FichiersHostiles::sansModele, "fichier.sansFeuille"),
        Arguments.of("zip bomb in the shared texts", (Fabrique) FichiersHostiles::bombeDeTextes, "fichier.bombe"),
        Arguments.of("zip bomb in the content types, read by POI",
            (Fabrique) FichiersHostiles::bombeDeTypes, "fichier.bombe"),
        Arguments.of("1001 entries, few of them sheets", (Fabrique) d -> FichiersHostiles.parties(d, 996),
            "fichier.parties"),
        Arguments.of("internal entities in a sheet", (Fabrique) d -> FichiersHostiles.doctype(d, SHEET, false),
            "fichier.entites"),
        Arguments.of("external entities in the shared texts",
            (Fabrique) d -> FichiersHostiles.doctype(d, "xl/sharedStrings.xml", true), "fichier.entites"),
        Arguments.of("internal entities in the shared texts",
            (Fabrique) d -> FichiersHostiles.doctype(d, "xl/sharedStrings.xml", false), "fichier.entites"),
        Arguments.of("external entities in the styles",
            (Fabrique) d -> FichiersHostiles.doctype(d, "xl/styles.xml", true), "fichier.entites"),
        Arguments.of("external entities in the workbook",
            (Fabrique) d -> FichiersHostiles.doctype(d, "xl/workbook.xml", true), "fichier.entites"),
        Arguments.of("internal entities in the content types, parsed by POI",
            (Fabrique) d -> FichiersHostiles.doctype(d, "[Content_Types].xml", false), "fichier.entites"),
        Arguments.of("external entities in the package's relationships, parsed by POI",
            (Fabrique) d -> FichiersHostiles.doctype(d, "_rels/.rels", true), "fichier.entites"),
        Arguments.of("external entities in the workbook's relationships, parsed by POI",
            (Fabrique) d -> FichiersHostiles.doctype(d, "xl/_rels/workbook.xml.rels", true), "fichier.entites"));
  }

  /** A file that cannot be read is named by the caller: its message never holds a path of the machine. */
  static Stream<Arguments> illisibles() {
    return Stream.of(
        Arguments.of("missing file", (Fabrique) d -> d.resolve("absent.xlsx"), "fichier.introuvable"),
        Arguments.of("a directory", (Fabrique) d -> java.nio.file.Files.createDirectories(d.resolve("dossier.xlsx")),
            "fichier.illisible"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("illisibles")
  void lire_unreadableFile_saysWhyWithoutItsPath(String cas, Fabrique fabrique, String cle) throws IOException {
    Path f = fabrique.fabriquer(dir);
    TableurException e = assertThrows(TableurException.class, () -> TetImport.defaults().lire(f));
    assertEquals(cle, e.cle(), cas + " : " + e.getMessage());
    for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      assertFalse(e.message(l).contains(dir.toString()) || e.message(l).contains(f.getFileName().toString()),
          e.message(l));
    }
  }

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  /** The same checks, quiet on workbooks at their bounds. */
  static Stream<Arguments> ordinaires() {
    return Stream.of(
        Arguments.of("1000 entries", (Fabrique) d -> FichiersHostiles.parties(d, 995)),
        Arguments.of("a part of blanks below the size its ratio is checked from",
            (Fabrique) FichiersHostiles::presqueBombe),
        Arguments.of("a plan as POI writes it, parsed by the same checks", (Fabrique) FichiersHostiles::sansDoctype),
        Arguments.of("external entities in the package's properties, which nothing parses",
            (Fabrique) d -> FichiersHostiles.doctype(d, "docProps/core.xml", true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinaires")
  void lire_readsWorkbooksWithinTheChecks(String cas, Fabrique fabrique) throws IOException {
    Path f = fabrique.fabriquer(dir);
    assertEquals("Plan", TetImport.defaults().lire(f).contrat().intitule(), cas);
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
