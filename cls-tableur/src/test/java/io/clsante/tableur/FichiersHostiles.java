package io.clsante.tableur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes hostile and broken spreadsheets at test time: zip bombs, workbooks of thousands of sheets
 * or a million rows, XML with external entities, password-protected, truncated, old XLS, a CSV
 * renamed .xlsx. The XLSX ones are written part by part, as a zip of the few XML parts a workbook
 * needs, so that their size and content are exactly what the case needs.
 */
final class FichiersHostiles {
  private FichiersHostiles() {}

  private static final String TYPES = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Default Extension="png" ContentType="image/png"/>
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
      %s</Types>""";
  private static final String RELS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
      </Relationships>""";
  private static final String ENTETE_FEUILLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%s\n"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>%s</t></is></c></row>"
      + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Axe (x)</t></is></c>"
      + "<c r=\"B2\" t=\"inlineStr\"><is><t>Titre de l'action</t></is></c></row>";

  /** What goes into the sheet's data after its two header rows. */
  interface Lignes {
    void ecrire(Writer w) throws IOException;
  }

  /** Writes a workbook of {@code feuilles} sheets, the first of which is the data sheet. */
  static Path xlsx(Path f, int feuilles, String doctype, String titre, Lignes lignes) throws IOException {
    return xlsx(f, feuilles, doctype, titre, lignes, Map.of(), Map.of());
  }

  /**
   * Writes a workbook of {@code feuilles} sheets, the first of which is the data sheet, with a
   * prologue (a document type) after the XML declaration of some of its parts and parts added.
   *
   * @param prologues by part name ({@code xl/workbook.xml}, {@code [Content_Types].xml}…), what
   *     follows its XML declaration
   * @param parties by name, parts added, written as they are; {@code xl/sharedStrings.xml} and
   *     {@code xl/styles.xml} are declared with their content types
   */
  static Path xlsx(Path f, int feuilles, String doctype, String titre, Lignes lignes, Map<String, String> prologues,
      Map<String, Lignes> parties) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      zip.setLevel(Deflater.BEST_SPEED);
      StringBuilder overrides = new StringBuilder();
      StringBuilder sheets = new StringBuilder();
      StringBuilder rels = new StringBuilder();
      for (int i = 1; i <= feuilles; i++) {
        overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        sheets.append("<sheet name=\"F").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i)
            .append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
      }
      if (parties.containsKey(CHAINES)) {
        overrides.append("<Override PartName=\"/" + CHAINES + "\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      }
      if (parties.containsKey(STYLES)) {
        overrides.append("<Override PartName=\"/" + STYLES + "\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      }
      Map<String, String> p = prologues;
      entree(zip, "[Content_Types].xml", prologue(String.format(TYPES, overrides), p.get("[Content_Types].xml")));
      entree(zip, "_rels/.rels", prologue(RELS, p.get("_rels/.rels")));
      entree(zip, "xl/workbook.xml", prologue("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheets
          + "</sheets></workbook>", p.get("xl/workbook.xml")));
      entree(zip, "xl/_rels/workbook.xml.rels", prologue("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels
          + "</Relationships>", p.get("xl/_rels/workbook.xml.rels")));
      for (int i = 1; i <= feuilles; i++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
        Writer w = new java.io.OutputStreamWriter(new NonFermant(zip), StandardCharsets.UTF_8);
        w.write(String.format(ENTETE_FEUILLE, doctype, titre));
        if (i == 1) {
          lignes.ecrire(w);
        }
        w.write("</sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
      }
      for (Map.Entry<String, Lignes> partie : parties.entrySet()) {
        zip.putNextEntry(new ZipEntry(partie.getKey()));
        Writer w = new java.io.OutputStreamWriter(new NonFermant(zip), StandardCharsets.UTF_8);
        partie.getValue().ecrire(w);
        w.flush();
        zip.closeEntry();
      }
    }
    return f;
  }

  private static final String CHAINES = "xl/sharedStrings.xml";
  private static final String STYLES = "xl/styles.xml";
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  /** Internal entities that would expand to a billion characters (no external entity). */
  private static final String MILLIARD = "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
      + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
      + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
      + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
      + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
  /** An external entity, and a DTD loaded from elsewhere. */
  private static final String EXTERNE = "<!DOCTYPE r SYSTEM \"http://exemple.invalid/r.dtd\" "
      + "[<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>";

  /** The XML with a prologue after its declaration, or before it without one. */
  private static String prologue(String xml, String prologue) {
    if (prologue == null) {
      return xml;
    }
    int fin = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, fin) + prologue + xml.substring(fin);
  }

  private static void entree(ZipOutputStream zip, String nom, String texte) throws IOException {
    zip.putNextEntry(new ZipEntry(nom));
    zip.write(texte.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Keeps the zip open when a writer of one entry is flushed. */
  private static final class NonFermant extends java.io.FilterOutputStream {
    NonFermant(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** A sheet whose 40 MB of blanks inflate from a few tens of kilobytes. */
  static Path bombe(Path dir) throws IOException {
    return xlsx(dir.resolve("bombe.xlsx"), 1, "", "Plan", w -> blancs(w, 40));
  }

  static Path feuilles(Path dir, int n) throws IOException {
    return xlsx(dir.resolve("feuilles.xlsx"), n, "", "Plan", w -> { });
  }

  static Path lignes(Path dir, int n) throws IOException {
    return xlsx(dir.resolve("lignes.xlsx"), 1, "", "Plan", w -> {
      for (int r = 4; r < 4 + n; r++) {
        w.write("<row r=\"" + r + "\"><c r=\"B" + r + "\"><v>" + r + "</v></c></row>");
      }
    });
  }

  static Path entites(Path dir) throws IOException {
    return xlsx(dir.resolve("entites.xlsx"), 1,
        "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>", "&secret;", w -> { });
  }

  /** A table of shared texts whose 40 MB of blanks inflate from a few tens of kilobytes. */
  static Path bombeDeTextes(Path dir) throws IOException {
    return xlsx(dir.resolve("bombe-textes.xlsx"), 1, "", "Plan", w -> { }, Map.of(), Map.of(CHAINES, w -> {
      w.write(DECLARATION + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
      blancs(w, 40);
      w.write("</t></si></sst>");
    }));
  }

  /** The content types, which POI reads itself, inflating from a few kilobytes to 10 MB. */
  static Path bombeDeTypes(Path dir) throws IOException {
    return xlsx(dir.resolve("bombe-types.xlsx"), 1, "", "Plan", w -> { },
        Map.of("[Content_Types].xml", "<!--" + " ".repeat(10 << 20) + "-->"), Map.of());
  }

  /** A part inflating to just under the size below which its ratio is not checked. */
  static Path presqueBombe(Path dir) throws IOException {
    return xlsx(dir.resolve("presque-bombe.xlsx"), 1, "", "Plan", w -> w.write(" ".repeat(90_000)));
  }

  private static void blancs(Writer w, int megaoctets) throws IOException {
    char[] blancs = new char[1 << 20];
    java.util.Arrays.fill(blancs, ' ');
    for (int i = 0; i < megaoctets; i++) {
      w.write(blancs);
    }
  }

  /** A workbook of one sheet and {@code n} small parts that are not sheets (images). */
  static Path parties(Path dir, int n) throws IOException {
    Map<String, Lignes> images = new java.util.HashMap<>();
    for (int i = 1; i <= n; i++) {
      images.put("xl/media/image" + i + ".png", w -> w.write("png"));
    }
    return xlsx(dir.resolve("parties-" + n + ".xlsx"), 1, "", "Plan", w -> { }, Map.of(), images);
  }

  /**
   * A plan written by POI with a document type, external or of internal entities, after the XML
   * declaration of one of its parts; {@code partie} naming no part gives the plan as POI wrote it.
   */
  static Path doctype(Path dir, String partie, boolean externe) throws IOException {
    Path plan = new Plan().ligne(Colonne.AXE, "Axe 1. A", Colonne.TITRE_ACTION, "FA 1.1 - B").titre("Plan")
        .ecrire(dir, "plan-ordinaire.xlsx");
    Path f = dir.resolve("doctype-" + partie.replaceAll("[^a-zA-Z]", "") + (externe ? "-externe" : "") + ".xlsx");
    try (ZipFile source = new ZipFile(plan.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      for (ZipEntry e : java.util.Collections.list(source.entries())) {
        String xml = new String(source.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        entree(zip, e.getName(), e.getName().equals(partie) ? prologue(xml, externe ? EXTERNE : MILLIARD) : xml);
      }
    }
    return f;
  }

  /** The plan of {@link #doctype} as POI wrote it. */
  static Path sansDoctype(Path dir) throws IOException {
    return doctype(dir, "aucune", true);
  }

  static Path protege(Path dir) throws IOException {
    byte[] xlsx = Files.readAllBytes(new Plan().ligne(Colonne.AXE, "Axe 1. A", Colonne.TITRE_ACTION, "FA 1.1 - B")
        .ecrire(dir, "clair.xlsx"));
    Path f = dir.resolve("protege.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("mot-de-passe-de-test");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        fs.writeFilesystem(out);
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
    return f;
  }

  static Path tronque(Path dir) throws IOException {
    byte[] xlsx = Files.readAllBytes(new Plan().ligne(Colonne.AXE, "Axe 1. A", Colonne.TITRE_ACTION, "FA 1.1 - B")
        .ecrire(dir, "entier.xlsx"));
    return Files.write(dir.resolve("tronque.xlsx"), java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
  }

  static Path xls(Path dir) throws IOException {
    Path f = dir.resolve("ancien.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      wb.createSheet("Fichier dimport").createRow(1).createCell(0).setCellValue("Axe (x)");
      wb.write(out);
    }
    return f;
  }

  static Path csv(Path dir) throws IOException {
    return Files.writeString(dir.resolve("csv.xlsx"), "Axe (x);Titre de l'action\nAxe 1;FA 1.1 - Former\n");
  }

  static Path vide(Path dir) throws IOException {
    return Files.write(dir.resolve("vide.xlsx"), new byte[0]);
  }

  static Path sansModele(Path dir) throws IOException {
    Path f = dir.resolve("sans-modele.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      wb.createSheet("Budget").createRow(1).createCell(0).setCellValue("Total");
      wb.write(out);
    }
    return f;
  }

  static Path pdf(Path dir) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(new byte[] {0, 1, 2, 3});
    return Files.write(dir.resolve("document.xlsx"), b.toByteArray());
  }
}
