package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.cli.ClsCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportExportCommandTest {
  private static final Path ASTARAC = ClsCommandTest.EXAMPLES.resolve("cls-astarac-2025-2029.json");
  private static final String PERSONNE = "Personne Fictive";

  @TempDir
  Path dir;

  /** A small plan in the template, with a person in Personne pilote. */
  private Path plan() throws IOException {
    Path f = dir.resolve("plan.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      XSSFSheet s = wb.createSheet("Fichier dimport");
      s.createRow(0).createCell(0).setCellValue("Plan d'action de l'Astarac");
      List<String> libelles = List.of("Axe (x)", "Sous-axe (x.x)", "Titre de l'action", "Structure pilote",
          "Personne pilote", "Statut", "Date de début", "Date de fin");
      Row r2 = s.createRow(1);
      for (int i = 0; i < libelles.size(); i++) {
        r2.createCell(i).setCellValue(libelles.get(i));
      }
      Row r = s.createRow(3);
      List<String> valeurs = List.of("Axe 1. Amélioration de l'accès aux soins et aux droits", "",
          "FA 1.1 - Accueillir les internes", "Communauté de communes Astarac Arros en Gascogne", PERSONNE,
          "En cours", "2026-01", "12/14/26");
      for (int i = 0; i < valeurs.size(); i++) {
        r.createCell(i).setCellValue(valeurs.get(i));
      }
      wb.write(out);
    }
    return f;
  }

  /** The reference contract without its axes: what the template lacks. */
  private Path metadonnees() throws IOException {
    tools.jackson.databind.node.ObjectNode json =
        (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.shared().readTree(ASTARAC.toFile());
    json.remove("axes");
    return Files.writeString(dir.resolve("meta.json"), json.toString());
  }

  @Test
  void import_writesTheContractAndPrintsBothReports() throws IOException {
    Path contrat = dir.resolve("contrat.json");
    Run r = ClsCommandTest.run("import", "--from", "tet", plan().toString(), "-o", contrat.toString(),
        "--metadonnees", metadonnees().toString(), "--date", "2026-11-22");
    String[] lignes = r.out().split("\n");
    assertEquals(plan() + " : rapport d'import, 22 remarque(s)", lignes[0], r.out());
    assertEquals("  Fichier dimport : colonne « Sous-sous axe (x.x.x) » absente", lignes[1], r.out());
    assertTrue(r.out().contains("  Fichier dimport!H4 : date « 12/14/26 » lue à l'américaine (mois/jour/année) : 2026-12-14\n"),
        r.out());
    assertTrue(r.out().contains("colonne « Personne pilote » : 1 valeur(s) non importée(s)"), r.out());
    assertTrue(r.out().contains("\n" + contrat + "\n  "), r.out());
    assertTrue(lignes[lignes.length - 1].startsWith("  → "), r.out());
    assertEquals(r.out().contains("→ valide") ? ClsCommand.OK : ClsCommand.INVALID, r.code(), r.out() + r.err());
    String json = Files.readString(contrat);
    assertTrue(json.contains("\"code\": \"FA 1.1\""), json);
    assertTrue(json.contains("\"debut\": \"2026-01\""), json);
    assertFalse(json.contains(PERSONNE) || r.out().contains(PERSONNE) || r.err().contains(PERSONNE));
  }

  @Test
  void import_metadataFromStandardInput_sameContractAsFromTheFile() throws IOException {
    Path fromFile = dir.resolve("depuis-fichier.json");
    Path fromStdin = dir.resolve("depuis-entree.json");
    Path meta = metadonnees();
    ClsCommandTest.run("import", "--from", "tet", plan().toString(), "-o", fromFile.toString(),
        "--metadonnees", meta.toString(), "--date", "2026-11-22");
    Run r;
    try (InputStream in = Files.newInputStream(meta)) {
      r = ClsCommandTest.run(in, "import", "--from", "tet", plan().toString(),
          "-o", fromStdin.toString(), "--metadonnees", "-", "--date", "2026-11-22");
    }
    assertTrue(r.code() != ClsCommand.USAGE, r.err());
    assertEquals(Files.readString(fromFile), Files.readString(fromStdin));
  }

  @Test
  void import_personalDataOnlyWithTheOption_andNeverPrinted() throws IOException {
    Path contrat = dir.resolve("contrat.json");
    Run r = ClsCommandTest.run("import", "--from", "tet", plan().toString(), "-o", contrat.toString(),
        "--metadonnees", metadonnees().toString(), "--avec-donnees-personnelles", "--lang", "en");
    assertTrue(Files.readString(contrat).contains("\"nom\": \"" + PERSONNE + "\""));
    assertTrue(r.out().contains("Personne pilote: imported into the contact of \"Communauté de communes Astarac"
        + " Arros en Gascogne\" (personal data)"), r.out());
    assertFalse(r.out().contains(PERSONNE) || r.err().contains(PERSONNE), r.out() + r.err());
  }

  @Test
  void import_toStandardOutput_reportsOnStandardError() throws IOException {
    Run r = ClsCommandTest.run("import", "--from", "tet", plan().toString());
    assertTrue(r.out().startsWith("{\n  \"formatVersion\": \"1.1\""), r.out());
    assertTrue(r.err().startsWith(plan() + " : rapport d'import, "), r.err());
  }

  @Test
  void import_unknownFormat_isAUsageError() throws IOException {
    Run r = ClsCommandTest.run("import", "--from", "ods", plan().toString());
    assertEquals(ClsCommand.USAGE, r.code());
    assertTrue(r.err().startsWith("cls : format inconnu « ods » : tet attendu\n"), r.err());
  }

  interface Fabrique {
    Path fabriquer(Path dir) throws IOException;
  }

  /** A zip whose only part inflates to 40 MB of blanks. */
  private static Path zip(Path dir, String nom, String debut, int megaBlancs) throws IOException {
    Path f = dir.resolve(nom);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(debut.getBytes(StandardCharsets.UTF_8));
      byte[] blancs = new byte[1 << 20];
      Arrays.fill(blancs, (byte) ' ');
      for (int i = 0; i < megaBlancs; i++) {
        zip.write(blancs);
      }
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return f;
  }

  static Stream<Arguments> hostiles() {
    return Stream.of(
        Arguments.of("zip bomb", (Fabrique) d -> zip(d, "bombe.xlsx", "", 40), "« bombe zip »"),
        Arguments.of("external entities", (Fabrique) d -> zip(d, "xxe.xlsx",
            "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>", 0), "entités"),
        Arguments.of("password-protected", (Fabrique) ImportExportCommandTest::protege, "mot de passe"),
        Arguments.of("old XLS", (Fabrique) d -> {
          Path f = d.resolve("ancien.xlsx");
          try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Fichier dimport");
            wb.write(out);
          }
          return f;
        }, "ancien classeur binaire XLS"),
        Arguments.of("CSV renamed", (Fabrique) d -> Files.writeString(d.resolve("plan.xlsx"), "Axe (x),Titre\n1,2\n"),
            "fichier texte"),
        Arguments.of("truncated", (Fabrique) d -> {
          byte[] b = Files.readAllBytes(new ImportExportCommandTest().planDans(d));
          return Files.write(d.resolve("tronque.xlsx"), Arrays.copyOf(b, b.length / 2));
        }, "corrompu"),
        Arguments.of("missing", (Fabrique) d -> d.resolve("absent.xlsx"), "fichier introuvable"));
  }

  private Path planDans(Path d) throws IOException {
    this.dir = d;
    return plan();
  }

  private static Path protege(Path d) throws IOException {
    Path f = d.resolve("protege.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Fichier dimport");
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("mot-de-passe-de-test");
      try (OutputStream os = enc.getDataStream(fs)) {
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        fs.writeFilesystem(out);
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostiles")
  void import_unreadableInput_exitsWith2AndOneClearLine(String cas, Fabrique fabrique, String attendu)
      throws IOException {
    Path f = fabrique.fabriquer(dir);
    Path contrat = dir.resolve("contrat.json");
    Run r = ClsCommandTest.run("import", "--from", "tet", f.toString(), "-o", contrat.toString());
    assertEquals(ClsCommand.USAGE, r.code(), cas + " : " + r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("cls : ") && r.err().contains(attendu), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(contrat), "nothing written");
  }

  @Test
  void exportTet_thenImport_givesTheAxesBack() throws IOException {
    Path xlsx = dir.resolve("astarac.xlsx");
    Run export = ClsCommandTest.run("export", "--to", "tet", ASTARAC.toString(), "-o", xlsx.toString());
    assertEquals(ClsCommand.OK, export.code(), export.err());
    assertEquals(xlsx + " : écrit, 4 axe(s), 0 fiche(s)\n", export.out());
    Path json = dir.resolve("astarac.json");
    Run back = ClsCommandTest.run("import", "--from", "tet", xlsx.toString(), "-o", json.toString(),
        "--metadonnees", metadonnees().toString());
    assertEquals(ClsCommand.OK, back.code(), back.out() + back.err());
    assertTrue(Files.readString(json).contains("\"intitule\": \"Santé environnementale\""));
  }

  @Test
  void exportCsv_writesUtf8WithABomAndTheDocumentedHeader() throws IOException {
    Path csv = dir.resolve("fiches.csv");
    Run r = ClsCommandTest.run("export", "--to", "csv", ASTARAC.toString(), "-o", csv.toString());
    assertEquals(ClsCommand.OK, r.code(), r.err());
    byte[] b = Files.readAllBytes(csv);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
    assertTrue(new String(b, StandardCharsets.UTF_8).startsWith("\uFEFF\"contrat\",\"type\",\"axe\","));
  }

  @Test
  void export_ofAnUnreadableDocument_printsItsProblems() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": \"1.1\"}");
    Run r = ClsCommandTest.run("export", "--to", "tet", bad.toString(), "-o", dir.resolve("x.xlsx").toString());
    assertEquals(ClsCommand.INVALID, r.code());
    assertTrue(r.err().startsWith(bad + " : non exporté, le document ne peut être lu\n  ERREUR"), r.err());
  }
}
