package io.clsante.tableur;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The zip of a workbook, read by the JDK's zip classes under the checks of this module rather
 * than POI's: POI opens the package through it ({@code OPCPackage.open(ZipEntrySource)}), so
 * every part it or the reading of the sheets inflates passes these checks, which fail with a
 * {@link TableurException} whose key names the problem.
 *
 * <ul>
 *   <li>the directory: more than {@value #PARTIES} entries is refused ({@code fichier.parties});
 *   <li>each part as it is inflated: beyond {@value #TOLERANCE} bytes, more than {@value #RAPPORT}
 *       times its compressed size is refused ({@code fichier.bombe}), so no part inflates beyond
 *       that whatever its header declares;
 *   <li>the parts POI parses itself (the content types, the relationships) are first parsed by
 *       {@link #xml(ContentHandler)}, which refuses any document type ({@code fichier.entites});
 *       this module parses the other parts it reads with it.
 * </ul>
 */
final class Archive implements ZipEntrySource {
  /** The most entries a workbook's zip may hold: an ordinary plan holds a few dozen. */
  static final int PARTIES = 1000;
  /** The inflated size below which a part is not checked for its ratio. */
  static final long TOLERANCE = 100 * 1024;
  /** The largest ratio of a part's inflated size to its compressed size. */
  static final int RAPPORT = 100;
  /** The name of the part of the content types, which POI parses itself. */
  private static final String TYPES = "[Content_Types].xml";

  private final ZipFile zip;
  private boolean fermee;

  private Archive(ZipFile zip) {
    this.zip = zip;
  }

  /**
   * Opens a file's zip and checks its directory.
   *
   * @throws TableurException {@code fichier.parties} beyond {@value #PARTIES} entries
   * @throws IOException if the file is not a readable zip (a {@code ZipException} when its
   *     directory is broken)
   */
  static Archive ouvrir(Path fichier) throws IOException {
    ZipFile zip = new ZipFile(fichier.toFile());
    Archive archive = new Archive(zip);
    try {
      if (zip.size() > PARTIES) {
        throw new TableurException("fichier.parties");
      }
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (lueParPoi(e.getName())) {
          archive.verifier(e);
        }
      }
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    return archive;
  }

  /**
   * The parts POI parses itself with its own XML parser when it opens the package and reads the
   * sheets: the content types and the relationships (the package's properties are not read). POI
   * sets aside relationships it cannot parse, so that a refusal met there would come out as a mere
   * missing part.
   */
  private static boolean lueParPoi(String nom) {
    return nom.equals(TYPES) || nom.endsWith(".rels");
  }

  /** Parses a part once, for the checks of its inflation and document type alone. */
  private void verifier(ZipEntry e) throws IOException {
    try (InputStream in = gonflement(e)) {
      xml(new DefaultHandler()).parse(new InputSource(in));
    } catch (SAXException | ParserConfigurationException ex) {
      // Not well-formed: POI's own parsing says so, as a corrupted package.
    }
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return Collections.enumeration(zip.stream().map(Archive::entree).toList());
  }

  @Override
  public ZipArchiveEntry getEntry(String nom) {
    ZipEntry e = zip.getEntry(nom);
    return e == null ? null : entree(e);
  }

  private static ZipArchiveEntry entree(ZipEntry e) {
    try {
      return new ZipArchiveEntry(e);
    } catch (java.util.zip.ZipException ex) {
      throw new IllegalStateException(ex);
    }
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entree) throws IOException {
    ZipEntry e = zip.getEntry(entree.getName());
    if (e == null) {
      throw new java.util.zip.ZipException("no entry " + entree.getName());
    }
    return gonflement(e);
  }

  private InputStream gonflement(ZipEntry e) throws IOException {
    return new Gonflement(zip.getInputStream(e), Math.max(e.getCompressedSize(), 0));
  }

  @Override
  public void close() throws IOException {
    fermee = true;
    zip.close();
  }

  @Override
  public boolean isClosed() {
    return fermee;
  }

  /**
   * A namespace-aware SAX reader of the JDK's parser that loads no external DTD nor entity and
   * refuses any document type: at its {@code <!DOCTYPE}, before any declaration in it is read, it
   * throws the {@link TableurException} {@code fichier.entites}.
   *
   * @param handler the content handler
   * @return the reader
   */
  static XMLReader xml(ContentHandler handler) throws SAXException, ParserConfigurationException {
    SAXParserFactory f = SAXParserFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    XMLReader xml = f.newSAXParser().getXMLReader();
    xml.setContentHandler(handler);
    xml.setProperty("http://xml.org/sax/properties/lexical-handler", SANS_DOCTYPE);
    return xml;
  }

  /** Refuses a document type as soon as it starts. */
  private static final DefaultHandler2 SANS_DOCTYPE = new DefaultHandler2() {
    @Override
    public void startDTD(String name, String publicId, String systemId) {
      throw new TableurException("fichier.entites");
    }
  };

  /** Counts what a part inflates to and stops it beyond the ratio. */
  private static final class Gonflement extends FilterInputStream {
    private final long plafond;
    private long lus;

    Gonflement(InputStream in, long compresse) {
      super(in);
      this.plafond = Math.max(TOLERANCE, compresse * RAPPORT);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        compter(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        compter(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      compter(s);
      return s;
    }

    private void compter(long n) {
      lus += n;
      if (lus > plafond) {
        throw new TableurException("fichier.bombe");
      }
    }
  }
}
