package io.clsante.tableur;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a plan kept in the Territoires en Transitions XLSX template into a format 1.1 contract,
 * with the import report.
 *
 * <p>The data sheet is the one whose cell A2 reads {@code Axe (x)}; row 2 holds the column labels
 * (recognised whatever their case, accents or trailing spaces), data start at row 4. A row is a
 * fiche, or an operation of the fiche named in {@code Titre de l'action} when
 * {@code Titre de la sous-action} is filled. The file is read as a stream, within
 * {@linkplain Limites limits}, so a large or hostile file fails with a {@link TableurException}
 * that names the problem rather than exhausting memory.
 *
 * <p>Example: {@code TetImport.defaults().withMetadonnees(Metadonnees.lire(json)).lire(Path.of("plan.xlsx"))}.
 *
 * <p>The columns {@code Personne pilote} and {@code Élu·e référent·e} name people: they are read
 * only {@linkplain #withDonneesPersonnelles(boolean) when asked}, into the contact of the lead
 * actor, whose name is marked {@link io.clsante.model.DonneePersonnelle}; their values never appear
 * in the report. Immutable and thread-safe.
 */
public final class TetImport {
  private static final TetImport DEFAULTS = new TetImport(Metadonnees.aucune(), false, Limites.defaults());

  private final Metadonnees metadonnees;
  private final boolean donneesPersonnelles;
  private final Limites limites;

  private TetImport(Metadonnees metadonnees, boolean donneesPersonnelles, Limites limites) {
    this.metadonnees = metadonnees;
    this.donneesPersonnelles = donneesPersonnelles;
    this.limites = limites;
  }

  /**
   * The bounds within which a file is read.
   *
   * @param octets the largest file, in bytes
   * @param feuilles the most sheets a workbook may declare
   * @param lignes the most rows the data sheet may hold (empty rows included)
   * @param octetsChaines the largest table of shared strings, in bytes once unzipped
   */
  public record Limites(long octets, int feuilles, int lignes, long octetsChaines) {
    /**
     * Returns the default limits: 100 MB, 256 sheets, 100,000 rows, 50 MB of shared strings.
     *
     * @return the limits
     */
    public static Limites defaults() {
      return new Limites(100L << 20, 256, 100_000, 50L << 20);
    }
  }

  /**
   * Returns an import without metadata, without personal data, within the default limits.
   *
   * @return the import
   */
  public static TetImport defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that takes the contract's identity, territory, actors and signatories from
   * metadata.
   *
   * @param metadonnees the metadata
   * @return the copy
   */
  public TetImport withMetadonnees(Metadonnees metadonnees) {
    return new TetImport(Objects.requireNonNull(metadonnees, "metadonnees"), donneesPersonnelles, limites);
  }

  /**
   * Returns a copy that reads, or not, the columns that name people.
   *
   * @param oui whether to read {@code Personne pilote} and {@code Élu·e référent·e}
   * @return the copy
   */
  public TetImport withDonneesPersonnelles(boolean oui) {
    return new TetImport(metadonnees, oui, limites);
  }

  /**
   * Returns a copy within other limits.
   *
   * @param limites the limits
   * @return the copy
   */
  public TetImport withLimites(Limites limites) {
    return new TetImport(metadonnees, donneesPersonnelles, Objects.requireNonNull(limites, "limites"));
  }

  /**
   * Imports a file.
   *
   * @param fichier the XLSX file
   * @return the contract and the import report
   * @throws TableurException if the file cannot be read as a workbook in the template
   */
  public ResultatImport lire(Path fichier) {
    Classeur.Feuille feuille = Classeur.lire(fichier, limites);
    return new Lecture(feuille, metadonnees, donneesPersonnelles).lire();
  }

  /**
   * Imports a stream, copied first to a temporary file (deleted afterwards) so that the workbook
   * is read with random access.
   *
   * @param in the XLSX content; not closed
   * @return the contract and the import report
   * @throws TableurException if the content cannot be read as a workbook in the template, or is
   *     larger than the limit
   */
  public ResultatImport lire(InputStream in) {
    Path temporaire = null;
    try {
      temporaire = Files.createTempFile("cls-tableur", ".xlsx");
      try (OutputStream out = Files.newOutputStream(temporaire)) {
        long copie = in.transferTo(new Borne(out, limites.octets()));
        assert copie >= 0;
      }
      return lire(temporaire);
    } catch (IOException e) {
      throw TableurException.illisible(e);
    } finally {
      if (temporaire != null) {
        try {
          Files.deleteIfExists(temporaire);
        } catch (IOException e) {
          // A temporary file left behind is removed with the system's temporary files.
        }
      }
    }
  }

  /** Stops a copy beyond the limit. */
  private static final class Borne extends java.io.FilterOutputStream {
    private final long limite;
    private long ecrits;

    Borne(OutputStream out, long limite) {
      super(out);
      this.limite = limite;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ecrits += len;
      if (ecrits > limite) {
        throw new TableurException("limite.octets", ecrits, limite);
      }
      out.write(b, off, len);
    }
  }
}
