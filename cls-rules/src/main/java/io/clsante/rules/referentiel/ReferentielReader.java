package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.InvalidIdentifierException;
import io.clsante.model.id.Siren;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads the line-oriented format written by {@code tools/referentiel/convert.mjs}: UTF-8 text,
 * one record per line, fields separated by tabs, the first field naming the kind of record.
 *
 * <pre>
 * FORMAT     cls-referentiel-territorial  1
 * MILLESIME  2026
 * REG        code  nom
 * DEP        code  région?  nom
 * COM|COMD|COMA|ARM  code  département  région?  siren?  rattachement?  epci?  nom
 * EPCI       siren  type  membres (codes separated by commas)  nom
 * </pre>
 *
 * <p>The two header lines come first; the other lines may come in any order ("?" marks a field that
 * may be empty). References between records are checked once everything is read.
 *
 * <p>The bundled millésime is read by {@link CompactReferentiel} instead; this reader serves the
 * millésimes applications supply, and the tests, which compare both on the same data. It avoids
 * needless work all the same: fields are cut from the decompressed bytes (no String per line, no
 * decoder pass), identifier objects are shared (one {@link CodeDepartement}, {@link CodeRegion} and
 * EPCI {@link Siren} per code), EPCI members are resolved by their text without parsing them again,
 * and error messages are built only on failure.
 */
final class ReferentielReader {
  private static final String FORMAT = "cls-referentiel-territorial";
  private static final String FORMAT_VERSION = "1";

  private final String source;
  private int millesime;
  /** The data being read, its current line (from 1) and positions in it. */
  private byte[] data;
  private int lineNumber;
  private int position;
  private int contentEnd;
  private int lineEnd;

  private final Map<String, CodeDepartement> departementCodes = new HashMap<>(256);
  private final Map<String, Optional<CodeRegion>> regionCodes = new HashMap<>(64);
  private final Map<String, Optional<Siren>> epciSirens = new HashMap<>(4096);
  /** The current communes by the text of their code, to resolve references without parsing. */
  private final Map<String, Commune> actuellesParTexte = new HashMap<>(1 << 16);

  private final Map<CodeRegion, Region> regions = new HashMap<>(64);
  private final Map<CodeDepartement, Departement> departements = new HashMap<>(256);
  private final Map<CodeCommune, Commune> communes = new HashMap<>(1 << 16);
  private final Map<CodeCommune, Commune> rattachees = new HashMap<>(1 << 13);
  private final List<Commune> communeList = new ArrayList<>(1 << 16);
  private final List<Commune> rattacheeList = new ArrayList<>(1 << 12);
  private final List<EpciLine> epciLines = new ArrayList<>(2048);

  /** An EPCI as read: its members are resolved once all communes are known. */
  private record EpciLine(Siren siren, TypeEpci type, String[] membres, String nom) {}

  private ReferentielReader(String source) {
    this.source = source;
  }

  /**
   * Reads a referential.
   *
   * @param in the stream, gzip-compressed or not, left open
   * @param source what the stream is, for messages
   */
  static ReferentielTerritorial read(InputStream in, String source) throws IOException {
    return new ReferentielReader(source).readAll(in);
  }

  private ReferentielTerritorial readAll(InputStream in) throws IOException {
    data = decompress(in);
    String[] format = nextLine(3);
    if (format == null || !format[0].equals("FORMAT") || !format[1].equals(FORMAT)
        || !format[2].equals(FORMAT_VERSION)) {
      throw error("FORMAT\t" + FORMAT + "\t" + FORMAT_VERSION + " attendu", null);
    }
    String[] header = nextLine(2);
    if (header == null || !header[0].equals("MILLESIME") || !header[1].matches("[0-9]{4}")) {
      throw error("MILLESIME suivi de l'année attendu", null);
    }
    millesime = Integer.parseInt(header[1]);
    while (position < data.length) {
      try {
        readRecord();
      } catch (InvalidIdentifierException | IllegalArgumentException e) {
        throw error(e.getMessage(), e);
      }
    }
    data = null;
    lineNumber = 0;
    try {
      return link();
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), e);
    }
  }

  private static byte[] decompress(InputStream in) throws IOException {
    // The caller owns the stream: closing what wraps it must not close it.
    InputStream shielded = new FilterInputStream(in) {
      @Override
      public void close() {}
    };
    try (BufferedInputStream buffered = new BufferedInputStream(shielded, 1 << 16)) {
      buffered.mark(2);
      boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
      if (!gzip) {
        return buffered.readAllBytes();
      }
      try (GZIPInputStream text = new GZIPInputStream(buffered, 1 << 16)) {
        return text.readAllBytes();
      }
    }
  }

  private void readRecord() throws IOException {
    // Reading bytes rather than lines of characters spares a String per line and a decoder pass:
    // fields are cut from the bytes directly (codes are ASCII, names UTF-8).
    String kind = nextField();
    switch (kind) {
      case "REG" -> readRegion(rest(kind, 3));
      case "DEP" -> readDepartement(rest(kind, 4));
      case "COM" -> readCommune(TypeCommune.COMMUNE_ACTUELLE, rest(kind, 8));
      case "COMD" -> readCommune(TypeCommune.COMMUNE_DELEGUEE, rest(kind, 8));
      case "COMA" -> readCommune(TypeCommune.COMMUNE_ASSOCIEE, rest(kind, 8));
      case "ARM" -> readCommune(TypeCommune.ARRONDISSEMENT_MUNICIPAL, rest(kind, 8));
      case "EPCI" -> readEpci(rest(kind, 5));
      default -> throw error("type d'enregistrement inconnu « " + kind + " »", null);
    }
  }

  private void readRegion(String[] f) throws IOException {
    if (f[1].isEmpty()) {
      throw error("code région vide", null);
    }
    CodeRegion code = regionCode(f[1]).orElseThrow();
    unique(regions.put(code, new Region(code, f[2])), "REG", code);
  }

  private void readDepartement(String[] f) throws IOException {
    CodeDepartement code = departementCode(f[1]);
    unique(departements.put(code, new Departement(code, f[3], regionCode(f[2]))), "DEP", code);
  }

  private void readCommune(TypeCommune type, String[] f) throws IOException {
    CodeCommune code = communeCode(f[1]);
    Optional<Siren> siren = f[4].isEmpty() ? Optional.empty() : Optional.of(Siren.parse(f[4]));
    Optional<CodeCommune> rattachement =
        f[5].isEmpty() ? Optional.empty() : Optional.of(communeCode(f[5]));
    Commune commune = new Commune(type, code, f[7], departementCode(f[2]), regionCode(f[3]), siren,
        rattachement, epciSiren(f[6]));
    if (type == TypeCommune.COMMUNE_ACTUELLE) {
      unique(communes.put(code, commune), type.code(), code);
      actuellesParTexte.put(f[1], commune);
      communeList.add(commune);
    } else {
      unique(rattachees.put(code, commune), type.code(), code);
      rattacheeList.add(commune);
    }
  }

  private void readEpci(String[] f) throws IOException {
    if (f[1].isEmpty()) {
      throw error("SIREN d'EPCI vide", null);
    }
    Siren siren = epciSiren(f[1]).orElseThrow();
    Optional<TypeEpci> type = TypeEpci.fromCode(f[2]);
    if (type.isEmpty()) {
      throw error("type d'EPCI inconnu « " + f[2] + " »", null);
    }
    String[] membres = f[3].isEmpty() ? new String[0] : f[3].split(",", -1);
    epciLines.add(new EpciLine(siren, type.get(), membres, f[4]));
  }

  /** Checks the references between records and builds the EPCI. */
  private ReferentielTerritorial link() throws IOException {
    // Messages are built only on failure: these loops run once per commune each time a referential is read.
    for (Departement departement : departements.values()) {
      if (departement.region().isPresent() && !regions.containsKey(departement.region().get())) {
        throw unknown("DEP", departement.code(), departement.region().get());
      }
    }
    Map<Siren, Integer> communesParEpci = new HashMap<>(epciLines.size() * 2);
    for (Commune commune : communeList) {
      checkPlace(commune);
      if (commune.epci().isPresent()) {
        communesParEpci.merge(commune.epci().get(), 1, Integer::sum);
      }
    }
    for (Commune commune : rattacheeList) {
      checkPlace(commune);
      CodeCommune rattachement = commune.communeDeRattachement().orElseThrow();
      if (!communes.containsKey(rattachement)) {
        throw new IllegalArgumentException(commune.type().code() + " " + commune.code()
            + " : commune de rattachement " + rattachement + " absente des communes actuelles");
      }
    }
    Map<Siren, Epci> epcis = new HashMap<>(epciLines.size() * 2);
    List<Epci> epciList = new ArrayList<>(epciLines.size());
    for (EpciLine line : epciLines) {
      Epci epci = buildEpci(line);
      if (epcis.put(epci.siren(), epci) != null) {
        throw new IllegalArgumentException("EPCI " + epci.siren() + " en double");
      }
      epciList.add(epci);
    }
    // Each member names its EPCI (checked by buildEpci) and members are distinct, so equal counts
    // mean that every commune naming an EPCI is among its members.
    for (Map.Entry<Siren, Integer> entry : communesParEpci.entrySet()) {
      Epci epci = epcis.get(entry.getKey());
      if (epci == null || epci.membres().size() != entry.getValue()) {
        throw new IllegalArgumentException("COM " + firstNotMember(entry.getKey(), epci)
            + " : EPCI " + entry.getKey()
            + (epci == null ? " inconnu" : " qui ne la compte pas parmi ses membres"));
      }
    }
    return new ReferentielIndex(millesime, regions, departements, communes, rattachees, epcis,
        new ArrayList<>(regions.values()), new ArrayList<>(departements.values()), communeList,
        rattacheeList, epciList);
  }

  private Epci buildEpci(EpciLine line) {
    Optional<Siren> siren = Optional.of(line.siren());
    List<CodeCommune> membres = new ArrayList<>(line.membres().length);
    List<CodeDepartement> departementsEpci = new ArrayList<>(2);
    List<CodeRegion> regionsEpci = new ArrayList<>(2);
    for (String code : line.membres()) {
      Commune membre = actuellesParTexte.get(code);
      if (membre == null) {
        throw new IllegalArgumentException("EPCI " + line.siren() + " : membre « " + code
            + " » absent des communes actuelles");
      }
      if (!membre.epci().equals(siren)) {
        throw new IllegalArgumentException("EPCI " + line.siren() + " : membre " + code
            + " rattaché à l'EPCI " + membre.epci().map(Siren::toString).orElse("(aucun)"));
      }
      membres.add(membre.code());
      departementsEpci.add(membre.departement());
      if (membre.region().isPresent()) {
        regionsEpci.add(membre.region().get());
      }
    }
    Epci epci =
        new Epci(line.siren(), line.nom(), line.type(), membres, departementsEpci, regionsEpci);
    if (epci.membres().size() != membres.size()) {
      throw new IllegalArgumentException("EPCI " + line.siren() + " : membre en double");
    }
    return epci;
  }

  private String firstNotMember(Siren siren, Epci epci) {
    for (Commune commune : communeList) {
      if (commune.epci().equals(Optional.of(siren))
          && (epci == null || !epci.membres().contains(commune.code()))) {
        return commune.code().toString();
      }
    }
    return "?";
  }

  private void checkPlace(Commune commune) {
    if (!departements.containsKey(commune.departement())) {
      throw unknown(commune.type().code(), commune.code(), commune.departement());
    }
    if (commune.region().isPresent() && !regions.containsKey(commune.region().get())) {
      throw unknown(commune.type().code(), commune.code(), commune.region().get());
    }
  }

  private static IllegalArgumentException unknown(String kind, Object code, Object reference) {
    return new IllegalArgumentException(kind + " " + code + " : " + reference + " inconnu");
  }

  private void unique(Object previous, String kind, Object code) throws IOException {
    if (previous != null) {
      throw error(kind + " " + code + " en double", null);
    }
  }

  private CodeCommune communeCode(String text) {
    // A delegated commune may share its code with a current one, and rattachements name current
    // communes: reuse their code when it was read before.
    Commune actuelle = actuellesParTexte.get(text);
    return actuelle != null ? actuelle.code() : CodeCommune.parse(text);
  }

  private CodeDepartement departementCode(String text) {
    CodeDepartement code = departementCodes.get(text);
    if (code == null) {
      code = CodeDepartement.parse(text);
      departementCodes.put(text, code);
    }
    return code;
  }

  private Optional<CodeRegion> regionCode(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<CodeRegion> code = regionCodes.get(text);
    if (code == null) {
      code = Optional.of(CodeRegion.parse(text));
      regionCodes.put(text, code);
    }
    return code;
  }

  private Optional<Siren> epciSiren(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Siren> siren = epciSirens.get(text);
    if (siren == null) {
      siren = Optional.of(Siren.parse(text));
      epciSirens.put(text, siren);
    }
    return siren;
  }

  /** Reads the next line as {@code count} fields, or returns null at the end of the data. */
  private String[] nextLine(int count) throws IOException {
    if (position >= data.length) {
      lineNumber++;
      return null;
    }
    return rest(nextField(), count);
  }

  /** Starts a line and reads its first field. */
  private String nextField() {
    lineNumber++;
    lineEnd = position;
    while (lineEnd < data.length && data[lineEnd] != '\n') {
      lineEnd++;
    }
    int end = lineEnd > position && data[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    contentEnd = end;
    return field();
  }

  /** Reads the remaining fields of the line, which must have {@code count} fields in all. */
  private String[] rest(String first, int count) throws IOException {
    String[] fields = new String[count];
    fields[0] = first;
    for (int i = 1; i < count; i++) {
      if (position > contentEnd) {
        throw error(count + " champs séparés par des tabulations attendus, " + i + " lus", null);
      }
      fields[i] = field();
    }
    if (position <= contentEnd) {
      throw error(count + " champs séparés par des tabulations attendus, davantage lus", null);
    }
    position = lineEnd + 1;
    return fields;
  }

  /** Reads the field at the position and moves past the tab or the end of line that follows it. */
  private String field() {
    int start = position;
    while (position < contentEnd && data[position] != '\t') {
      position++;
    }
    String text = new String(data, start, position - start, StandardCharsets.UTF_8);
    position++;
    return text;
  }

  private IOException error(String message, Exception cause) {
    String where = lineNumber > 0 ? source + ", ligne " + lineNumber : source;
    return new IOException(where + " : " + message, cause);
  }
}
