package io.clsante.tableur;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the data sheet of an XLSX file as a stream: the file's type is checked first, then the
 * workbook is opened with POI's zip protections, the sheets are counted, and each sheet is read
 * with a SAX parser that refuses document types (so no entity is ever expanded) until one has
 * {@code Axe (x)} in A2. Only that sheet's cells are kept; reading stops at the row limit.
 */
final class Classeur {
  /** The label of A2 that marks the data sheet. */
  static final String MARQUE = "Axe (x)";

  private Classeur() {}

  /** The data sheet: its name and its non-empty rows, in order, with their cells by column. */
  record Feuille(String nom, List<Ligne> lignes) {}

  /** One row: its number from 1, its cells by column index from 0. */
  record Ligne(int numero, Map<Integer, Cellule> cellules) {
    Cellule cellule(int colonne) {
      return cellules.get(colonne);
    }
  }

  static Feuille lire(Path fichier, TetImport.Limites limites) {
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(fichier))) {
      byte[] debut = in.readNBytes(512);
      if (debut.length == 0) {
        throw new TableurException("fichier.vide");
      }
      magic = FileMagic.valueOf(debut);
      if (magic == FileMagic.UNKNOWN && texte(debut)) {
        throw new TableurException("fichier.texte");
      }
    } catch (IOException e) {
      throw TableurException.illisible(e);
    }
    switch (magic) {
      case OOXML:
        break;
      case OLE2:
        throw ole2(fichier);
      default:
        throw new TableurException("fichier.inconnu", magic.name());
    }
    long taille;
    try {
      taille = Files.size(fichier);
    } catch (IOException e) {
      throw TableurException.illisible(e);
    }
    if (taille > limites.octets()) {
      throw new TableurException("limite.octets", taille, limites.octets());
    }
    try (Archive archive = Archive.ouvrir(fichier); OPCPackage pkg = OPCPackage.open(archive)) {
      return feuille(pkg, limites);
    } catch (TableurException e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      throw probleme(e);
    }
  }

  /** An OLE2 file is an encrypted (password-protected) OOXML file or an old binary workbook. */
  private static TableurException ole2(Path fichier) {
    try (POIFSFileSystem fs = new POIFSFileSystem(fichier.toFile(), true)) {
      if (fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
        return new TableurException("fichier.protege");
      }
      return new TableurException("fichier.xls");
    } catch (IOException | RuntimeException e) {
      return new TableurException(e, "fichier.corrompu");
    }
  }

  /**
   * The problem an exception of the reading stands for: one of this module's checks (the zip's
   * directory and inflation, {@link Archive}; document types, {@link Archive#xml}; the limits) when
   * POI or the parser passed on the {@link TableurException} it threw, else a corrupted file.
   */
  private static TableurException probleme(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TableurException refus) {
        return refus;
      }
    }
    return new TableurException(e, "fichier.corrompu");
  }

  /** Text: no NUL byte and mostly printable, as a CSV or a text file renamed. */
  private static boolean texte(byte[] debut) {
    int controles = 0;
    for (byte b : debut) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
        controles++;
      }
    }
    return controles * 20 < debut.length;
  }

  private static Feuille feuille(OPCPackage pkg, TetImport.Limites limites)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    int feuilles = compter(reader);
    if (feuilles > limites.feuilles()) {
      throw new TableurException("limite.feuilles", feuilles, limites.feuilles());
    }
    List<String> chaines = List.of();
    for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
      if (part.getSize() > limites.octetsChaines()) {
        throw new TableurException("limite.chaines", part.getSize(), limites.octetsChaines());
      }
      try (InputStream in = part.getInputStream()) {
        chaines = Textes.lire(in);
      }
    }
    Set<Integer> styles = Set.of();
    for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
      try (InputStream in = part.getInputStream()) {
        styles = StylesDeDate.lire(in);
      }
    }
    XSSFReader.SheetIterator it = reader.getSheetIterator();
    while (it.hasNext()) {
      Lecteur lecteur;
      try (InputStream in = it.next()) {
        lecteur = new Lecteur(chaines, styles, limites.lignes());
        XMLReader xml = Archive.xml(lecteur);
        try {
          xml.parse(new InputSource(in));
        } catch (Arret arret) {
          // Not the data sheet: its second row has passed.
        }
      }
      if (lecteur.donnees) {
        return new Feuille(it.getSheetName(), lecteur.lignes(it.getSheetPart()));
      }
    }
    throw new TableurException("fichier.sansFeuille", MARQUE);
  }

  /**
   * The shared texts of the workbook, each the concatenation of its runs (rich text) without the
   * phonetic guides. Read with SAX rather than POI's shared-strings table, whose rich-text objects
   * load the whole XML schema binding: reading a plan costs a fraction of it.
   */
  static final class Textes extends DefaultHandler {
    private final List<String> textes = new ArrayList<>();
    private final StringBuilder texte = new StringBuilder();
    private boolean dansT;
    private boolean dansPhonetique;

    static List<String> lire(InputStream in) throws IOException, SAXException, ParserConfigurationException {
      Textes t = new Textes();
      XMLReader xml = Archive.xml(t);
      xml.parse(new InputSource(in));
      return t.textes;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "si" -> texte.setLength(0);
        case "t" -> dansT = true;
        case "rPh" -> dansPhonetique = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (dansT && !dansPhonetique) {
        texte.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "si" -> textes.add(texte.toString());
        case "t" -> dansT = false;
        case "rPh" -> dansPhonetique = false;
        default -> { }
      }
    }
  }

  /**
   * The indexes of the cell formats ({@code cellXfs}) whose number format shows a date, as POI's
   * {@code DateUtil} decides from the format's id and code. Read with SAX for the same reason.
   */
  static final class StylesDeDate extends DefaultHandler {
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> xfs = new ArrayList<>();
    private boolean dansNumFmts;
    private boolean dansCellXfs;

    static Set<Integer> lire(InputStream in) throws IOException, SAXException, ParserConfigurationException {
      StylesDeDate s = new StylesDeDate();
      XMLReader xml = Archive.xml(s);
      xml.parse(new InputSource(in));
      Set<Integer> dates = new java.util.HashSet<>();
      for (int i = 0; i < s.xfs.size(); i++) {
        int id = s.xfs.get(i);
        String code = s.formats.getOrDefault(id, org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(id));
        if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(id, code)) {
          dates.add(i);
        }
      }
      return dates;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "numFmts" -> dansNumFmts = true;
        case "numFmt" -> {
          String id = a.getValue("numFmtId");
          // The differential formats of conditional formatting have numFmt elements of their own.
          if (dansNumFmts && id != null && a.getValue("formatCode") != null) {
            formats.put(Integer.parseInt(id), a.getValue("formatCode"));
          }
        }
        case "cellXfs" -> dansCellXfs = true;
        case "xf" -> {
          if (dansCellXfs) {
            String id = a.getValue("numFmtId");
            xfs.add(id == null ? 0 : Integer.parseInt(id));
          }
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("cellXfs")) {
        dansCellXfs = false;
      } else if (local.equals("numFmts")) {
        dansNumFmts = false;
      }
    }
  }

  /** Counts the sheets the workbook declares, without opening them. */
  private static int compter(XSSFReader reader)
      throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
    int[] n = {0};
    XMLReader xml = Archive.xml(new DefaultHandler() {
      @Override
      public void startElement(String uri, String local, String qName, Attributes a) {
        if (local.equals("sheet")) {
          n[0]++;
        }
      }
    });
    try (InputStream in = reader.getWorkbookData()) {
      xml.parse(new InputSource(in));
    }
    return n[0];
  }

  /** Stops the parsing of a sheet that is not the data sheet. */
  private static final class Arret extends SAXException {
    private static final long serialVersionUID = 1L;

    Arret() {
      super("not the data sheet");
    }
  }

  /** The SAX handler of one sheet: its cells, and its hyperlinks at the end. */
  private static final class Lecteur extends DefaultHandler {
    private final List<String> chaines;
    private final Set<Integer> styles;
    private final int maxLignes;
    private final TreeMap<Integer, Map<Integer, Cellule>> lignes = new TreeMap<>();
    private final Map<String, String> liens = new HashMap<>();
    private boolean donnees;
    private int ligne;
    private int lignesLues;
    private int colonne;
    private String ref;
    private String type;
    private int style;
    private boolean formule;
    private boolean dansValeur;
    private boolean dansTexteInline;
    private boolean dansPhonetique;
    private final StringBuilder valeur = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean aValeur;

    Lecteur(List<String> chaines, Set<Integer> styles, int maxLignes) {
      this.chaines = chaines;
      this.styles = styles;
      this.maxLignes = maxLignes;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          ligne = r == null ? ligne + 1 : Integer.parseInt(r);
          colonne = -1;
          if (ligne > 2 && !donnees) {
            throw new Arret();
          }
          if (++lignesLues > maxLignes) {
            throw new TableurException("limite.lignes", maxLignes);
          }
        }
        case "c" -> {
          ref = a.getValue("r");
          colonne = ref == null ? colonne + 1 : new CellReference(ref).getCol();
          if (ref == null) {
            ref = CellReference.convertNumToColString(colonne) + ligne;
          }
          type = a.getValue("t");
          String s = a.getValue("s");
          style = s == null ? -1 : Integer.parseInt(s);
          formule = false;
          aValeur = false;
          valeur.setLength(0);
          inline.setLength(0);
        }
        case "v" -> {
          dansValeur = true;
          aValeur = true;
        }
        case "f" -> formule = true;
        case "is" -> dansTexteInline = true;
        case "rPh" -> dansPhonetique = true;
        case "hyperlink" -> {
          String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
          if (a.getValue("ref") != null && id != null) {
            liens.put(a.getValue("ref"), id);
          }
        }
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (dansValeur) {
        valeur.append(ch, start, length);
      } else if (dansTexteInline && !dansPhonetique) {
        inline.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v" -> dansValeur = false;
        case "is" -> dansTexteInline = false;
        case "rPh" -> dansPhonetique = false;
        case "c" -> cellule();
        case "row" -> {
          if (ligne == 2 && !donnees) {
            Cellule a2 = lignes.getOrDefault(2, Map.of()).get(0);
            donnees = a2 != null && a2.texteNet().map(Colonne::normaliser)
                .filter(Colonne.normaliser(MARQUE)::equals).isPresent();
          }
        }
        default -> { }
      }
    }

    private void cellule() {
      Cellule c;
      String v = valeur.toString();
      if ("inlineStr".equals(type)) {
        c = new Cellule(ref, inline.toString(), null, false, null, null);
      } else if (!aValeur) {
        c = formule ? new Cellule(ref, null, null, false, null, "") : null;
      } else if ("s".equals(type)) {
        int i = Integer.parseInt(v.trim());
        c = new Cellule(ref, i >= 0 && i < chaines.size() ? chaines.get(i) : "", null, false, null, null);
      } else if ("str".equals(type)) {
        c = new Cellule(ref, v, null, false, null, null);
      } else if ("e".equals(type)) {
        c = new Cellule(ref, null, null, false, null, v);
      } else if ("b".equals(type)) {
        c = new Cellule(ref, v.equals("1") ? "VRAI" : "FAUX", null, false, null, null);
      } else {
        c = nombre(v);
      }
      if (c != null && !c.vide() || c != null && c.erreur() != null) {
        lignes.computeIfAbsent(ligne, k -> new TreeMap<>()).put(colonne, c);
      }
    }

    private Cellule nombre(String v) {
      BigDecimal n;
      try {
        n = new BigDecimal(v.trim());
      } catch (NumberFormatException e) {
        return new Cellule(ref, v, null, false, null, null);
      }
      return new Cellule(ref, null, n, styles.contains(Math.max(style, 0)), null, null);
    }

    /** The rows, each cell with its hyperlink's target when it has one. */
    List<Ligne> lignes(PackagePart part) throws InvalidFormatException {
      for (Map.Entry<String, String> lien : liens.entrySet()) {
        CellReference r = new CellReference(lien.getKey().split(":")[0]);
        Map<Integer, Cellule> cells = lignes.get(r.getRow() + 1);
        Cellule c = cells == null ? null : cells.get((int) r.getCol());
        PackageRelationship rel = part.getRelationship(lien.getValue());
        if (c != null && rel != null) {
          cells.put((int) r.getCol(), c.avecLien(rel.getTargetURI().toString()));
        }
      }
      List<Ligne> out = new ArrayList<>();
      lignes.forEach((n, cells) -> out.add(new Ligne(n, cells)));
      return out;
    }
  }
}
