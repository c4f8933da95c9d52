package io.clsante.rules.referentiel;

import io.clsante.model.ClsException;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A referential read in place from the compact layout written by
 * {@code tools/referentiel/convert.mjs} (format {@code cls-referentiel-compact} 1, described in
 * its README), the form the library bundles: an index (régions, départements, EPCI with their
 * members, and the list of parts) and one part per code prefix (the département part of a commune
 * code, {@code 32} or {@code 974}) holding the commune-like entries with that prefix.
 *
 * <p>Opening it reads the index and builds nothing: a lookup reads the part of its code on first
 * need, finds the code by binary search over the fixed-size records, sorted by code, and builds
 * the record and the identifiers it refers to on first request. Parts and built values are kept,
 * one per entry, published with a compare-and-exchange so that every thread gets the same
 * instance; the lists are built on their first call. Byte arrays are never modified once read:
 * instances are immutable and thread-safe.
 *
 * <p>The data is trusted: the converter checks it before writing, and the tests compare every
 * answer with those of {@link ReferentielReader} on the same data in the public format.
 */
final class CompactReferentiel implements ReferentielTerritorial {
  private static final int VERSION = 1;
  /** A part starts with the magic number, version, millésime and its two counts. */
  private static final int PART_HEADER = 16;
  private static final int REG = 2;
  private static final int DEP = 4;
  private static final int PART = 7;
  private static final int EPCI = 9;
  private static final int COM = 13;
  private static final int RAT = 10;
  private static final int NONE_8 = 0xff;
  private static final int NONE_16 = 0xffff;
  /** The kinds of the delegated-like entries and of the EPCI, in the order of their byte. */
  private static final TypeCommune[] RATTACHEE_TYPES = {
      TypeCommune.COMMUNE_DELEGUEE, TypeCommune.COMMUNE_ASSOCIEE,
      TypeCommune.ARRONDISSEMENT_MUNICIPAL};
  private static final String[] EPCI_TYPES = {"CC", "CA", "CU", "METRO", "MET69"};

  private final Class<?> owner;
  private final String partPath;
  private final byte[] index;
  private final int millesime;
  private final int regionCount;
  private final int departementCount;
  private final int partCount;
  private final int communeCount;
  private final int rattacheeCount;
  private final int epciCount;
  private final int membreCount;
  /** Where each section of the index starts. */
  private final int regionAt;
  private final int departementAt;
  private final int partAt;
  private final int epciAt;
  private final int membreAt;
  private final int nameEndAt;
  private final int namesAt;

  private final AtomicReferenceArray<Part> parts;
  private final AtomicReferenceArray<Region> regions;
  private final AtomicReferenceArray<CodeRegion> regionCodes;
  private final AtomicReferenceArray<Departement> departements;
  private final AtomicReferenceArray<CodeDepartement> departementCodes;
  private final AtomicReferenceArray<Commune> communes;
  private final AtomicReferenceArray<CodeCommune> communeCodes;
  private final AtomicReferenceArray<Commune> rattachees;
  private final AtomicReferenceArray<Epci> epcis;
  private final AtomicReferenceArray<Siren> epciSirens;

  // Built on first call. Two threads may both build one; they build equal lists of the same
  // instances, so whichever is kept is right.
  private volatile List<Region> regionList;
  private volatile List<Departement> departementList;
  private volatile List<Commune> communeList;
  private volatile List<Commune> rattacheeList;
  private volatile List<Epci> epciList;

  /**
   * One part: the communes, then the other entries, whose code has one prefix; the first of each
   * kind has the number {@code firstCommune} or {@code firstRattachee} in the whole referential.
   */
  private record Part(byte[] data, int firstCommune, int communes, int firstRattachee,
      int rattachees) {
    int communeAt(int local) {
      return PART_HEADER + COM * local;
    }

    int rattacheeAt(int local) {
      return PART_HEADER + COM * communes + RAT * local;
    }

    String name(int local) {
      int ends = PART_HEADER + COM * communes + RAT * rattachees;
      int pool = ends + 4 * (communes + rattachees);
      int start = local == 0 ? 0 : s32(data, ends + 4 * (local - 1));
      return new String(data, pool + start, s32(data, ends + 4 * local) - start,
          StandardCharsets.UTF_8);
    }
  }

  private CompactReferentiel(Class<?> owner, String partPath, byte[] index, int[] counts) {
    this.owner = owner;
    this.partPath = partPath;
    this.index = index;
    millesime = u16(index, 6);
    regionCount = counts[0];
    departementCount = counts[1];
    partCount = counts[2];
    communeCount = counts[3];
    rattacheeCount = counts[4];
    epciCount = counts[5];
    membreCount = counts[6];
    regionAt = 8 + 4 * counts.length;
    departementAt = regionAt + REG * regionCount;
    partAt = departementAt + DEP * departementCount;
    epciAt = partAt + PART * partCount;
    membreAt = epciAt + EPCI * epciCount;
    nameEndAt = membreAt + 2 * membreCount;
    namesAt = nameEndAt + 4 * (regionCount + departementCount + epciCount);
    parts = new AtomicReferenceArray<>(partCount);
    regions = new AtomicReferenceArray<>(regionCount);
    regionCodes = new AtomicReferenceArray<>(regionCount);
    departements = new AtomicReferenceArray<>(departementCount);
    departementCodes = new AtomicReferenceArray<>(departementCount);
    communes = new AtomicReferenceArray<>(communeCount);
    communeCodes = new AtomicReferenceArray<>(communeCount);
    rattachees = new AtomicReferenceArray<>(rattacheeCount);
    epcis = new AtomicReferenceArray<>(epciCount);
    epciSirens = new AtomicReferenceArray<>(epciCount);
  }

  /**
   * Opens the compact layout whose index is the resource {@code base + ".bin"} beside
   * {@code owner}; the parts, {@code base + "/" + prefix + ".bin"}, are read when first needed.
   *
   * @param owner the class whose package holds the resources
   * @param base the name of the resources without extension, for example {@code cog-2026}
   * @param index the content of the index
   * @throws IOException if the index is not one of this format, or its length does not match it
   */
  static CompactReferentiel open(Class<?> owner, String base, byte[] index) throws IOException {
    int[] counts = counts(index, 'R', 7);
    CompactReferentiel referentiel = new CompactReferentiel(owner, base + "/", index, counts);
    int names = referentiel.namesAt;
    int nameCount = counts[0] + counts[1] + counts[5];
    if (names > index.length || nameCount == 0
        || names + s32(index, names - 4) != index.length) {
      throw truncated(index.length);
    }
    return referentiel;
  }

  /** Checks the header of a file of the format and returns its counts. */
  private static int[] counts(byte[] data, char kind, int count) throws IOException {
    if (data.length < 8 + 4 * count || data[0] != 'C' || data[1] != 'L' || data[2] != 'S'
        || data[3] != kind) {
      throw new IOException("format cls-referentiel-compact attendu");
    }
    int version = u16(data, 4);
    if (version != VERSION) {
      throw new IOException("format cls-referentiel-compact " + VERSION + " attendu, version "
          + version + " lue");
    }
    int[] counts = new int[count];
    for (int i = 0; i < count; i++) {
      counts[i] = s32(data, 8 + 4 * i);
      if (counts[i] < 0 || counts[i] > NONE_16) {
        throw new IOException("en-tête invalide");
      }
    }
    return counts;
  }

  private static IOException truncated(int length) {
    return new IOException("longueur " + length + " incohérente avec l'en-tête : ressource"
        + " tronquée ou altérée");
  }

  @Override
  public int millesime() {
    return millesime;
  }

  @Override
  public Optional<Commune> commune(CodeCommune code) {
    String text = Objects.requireNonNull(code, "code").toString();
    int p = partOf(text);
    if (p < 0) {
      return Optional.empty();
    }
    Part part = part(p);
    int i = find(part.data(), part.communeAt(0), COM, 5, part.communes(), text);
    return i < 0 ? Optional.empty() : Optional.of(commune(part.firstCommune() + i));
  }

  @Override
  public Optional<Commune> communeDelegueeOuAssociee(CodeCommune code) {
    String text = Objects.requireNonNull(code, "code").toString();
    int p = partOf(text);
    if (p < 0) {
      return Optional.empty();
    }
    Part part = part(p);
    int i = find(part.data(), part.rattacheeAt(0), RAT, 5, part.rattachees(), text);
    return i < 0 ? Optional.empty() : Optional.of(rattachee(part.firstRattachee() + i));
  }

  @Override
  public Optional<Epci> epci(Siren siren) {
    int value = Integer.parseInt(Objects.requireNonNull(siren, "siren").toString());
    int low = 0;
    int high = epciCount - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int at = s32(index, epciAt + EPCI * middle);
      if (at < value) {
        low = middle + 1;
      } else if (at > value) {
        high = middle - 1;
      } else {
        return Optional.of(epci(middle));
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<Departement> departement(CodeDepartement code) {
    int i = find(index, departementAt, DEP, 3, departementCount,
        Objects.requireNonNull(code, "code").toString());
    return i < 0 ? Optional.empty() : Optional.of(departement(i));
  }

  @Override
  public Optional<Region> region(CodeRegion code) {
    int i = find(index, regionAt, REG, 2, regionCount,
        Objects.requireNonNull(code, "code").toString());
    return i < 0 ? Optional.empty() : Optional.of(region(i));
  }

  @Override
  public List<Commune> communes() {
    List<Commune> list = communeList;
    if (list == null) {
      List<Commune> all = new ArrayList<>(communeCount);
      for (int i = 0; i < communeCount; i++) {
        all.add(commune(i));
      }
      list = List.copyOf(all);
      communeList = list;
    }
    return list;
  }

  @Override
  public List<Commune> communesDelegueesOuAssociees() {
    List<Commune> list = rattacheeList;
    if (list == null) {
      List<Commune> all = new ArrayList<>(rattacheeCount);
      for (int i = 0; i < rattacheeCount; i++) {
        all.add(rattachee(i));
      }
      list = List.copyOf(all);
      rattacheeList = list;
    }
    return list;
  }

  @Override
  public List<Epci> epcis() {
    List<Epci> list = epciList;
    if (list == null) {
      List<Epci> all = new ArrayList<>(epciCount);
      for (int i = 0; i < epciCount; i++) {
        all.add(epci(i));
      }
      list = List.copyOf(all);
      epciList = list;
    }
    return list;
  }

  @Override
  public List<Departement> departements() {
    List<Departement> list = departementList;
    if (list == null) {
      List<Departement> all = new ArrayList<>(departementCount);
      for (int i = 0; i < departementCount; i++) {
        all.add(departement(i));
      }
      list = List.copyOf(all);
      departementList = list;
    }
    return list;
  }

  @Override
  public List<Region> regions() {
    List<Region> list = regionList;
    if (list == null) {
      List<Region> all = new ArrayList<>(regionCount);
      for (int i = 0; i < regionCount; i++) {
        all.add(region(i));
      }
      list = List.copyOf(all);
      regionList = list;
    }
    return list;
  }

  @Override
  public String toString() {
    return "ReferentielTerritorial[millesime=" + millesime + ", regions=" + regionCount
        + ", departements=" + departementCount + ", communes=" + communeCount
        + ", communesDelegueesOuAssociees=" + rattacheeCount + ", epcis=" + epciCount + "]";
  }

  // Parts, read on first need.

  /** Returns the number of the part that holds this commune code, or -1 if there is none. */
  private int partOf(String code) {
    boolean overseas = code.length() == 5 && code.charAt(0) == '9'
        && (code.charAt(1) == '7' || code.charAt(1) == '8');
    return find(index, partAt, PART, 3, partCount, code.substring(0, overseas ? 3 : 2));
  }

  /** Returns the number of the part that holds the current commune with this number. */
  private int partOfCommune(int commune) {
    // The last part whose first commune is not after this one (empty parts share their first).
    int low = 0;
    int high = partCount - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (u16(index, partAt + PART * middle + 3) <= commune) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private int partOfRattachee(int rattachee) {
    int low = 0;
    int high = partCount - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (u16(index, partAt + PART * middle + 5) <= rattachee) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private Part part(int p) {
    Part part = parts.get(p);
    return part != null ? part : keep(parts, p, readPart(p));
  }

  private Part readPart(int p) {
    int at = partAt + PART * p;
    String path = partPath + ascii(index, at, 3) + ".bin";
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new ClsException("ressource " + path + " introuvable : la bibliothèque cls-rules est"
            + " mal empaquetée");
      }
      byte[] data = in.readAllBytes();
      int[] counts = counts(data, 'P', 2);
      int firstCommune = u16(index, at + 3);
      int firstRattachee = u16(index, at + 5);
      int nextCommune = p + 1 < partCount ? u16(index, at + PART + 3) : communeCount;
      int nextRattachee = p + 1 < partCount ? u16(index, at + PART + 5) : rattacheeCount;
      if (counts[0] != nextCommune - firstCommune || counts[1] != nextRattachee - firstRattachee) {
        throw new IOException("nombre d'entrées différent de celui de l'index");
      }
      Part part = new Part(data, firstCommune, counts[0], firstRattachee, counts[1]);
      int ends = part.rattacheeAt(counts[1]);
      int pool = ends + 4 * (counts[0] + counts[1]);
      if (pool > data.length || (counts[0] + counts[1] > 0
          ? pool + s32(data, pool - 4) != data.length : pool != data.length)) {
        throw truncated(data.length);
      }
      return part;
    } catch (IOException e) {
      throw new ClsException("ressource " + path + " illisible : " + e.getMessage(), e);
    }
  }

  // Records, built on first request. Names of the index are numbered across its sections.

  private Region region(int i) {
    Region region = regions.get(i);
    return region != null ? region
        : keep(regions, i, new Region(regionCode(i), name(i)));
  }

  private Departement departement(int i) {
    Departement departement = departements.get(i);
    if (departement != null) {
      return departement;
    }
    int at = departementAt + DEP * i;
    return keep(departements, i, new Departement(departementCode(i), name(regionCount + i),
        optionalRegion(index[at + 3] & 0xff)));
  }

  private Commune commune(int i) {
    Commune commune = communes.get(i);
    if (commune != null) {
      return commune;
    }
    Part part = part(partOfCommune(i));
    int local = i - part.firstCommune();
    byte[] data = part.data();
    int at = part.communeAt(local);
    int siren = s32(data, at + 7);
    int epci = u16(data, at + 11);
    return keep(communes, i, new Commune(TypeCommune.COMMUNE_ACTUELLE, communeCode(i),
        part.name(local), departementCode(data[at + 5] & 0xff),
        optionalRegion(data[at + 6] & 0xff),
        siren == 0 ? Optional.empty() : Optional.of(Siren.parse(nineDigits(siren))),
        Optional.empty(),
        epci == NONE_16 ? Optional.empty() : Optional.of(epciSiren(epci))));
  }

  private Commune rattachee(int i) {
    Commune rattachee = rattachees.get(i);
    if (rattachee != null) {
      return rattachee;
    }
    Part part = part(partOfRattachee(i));
    int local = i - part.firstRattachee();
    byte[] data = part.data();
    int at = part.rattacheeAt(local);
    return keep(rattachees, i, new Commune(RATTACHEE_TYPES[data[at + 5]],
        CodeCommune.parse(ascii(data, at, 5)), part.name(part.communes() + local),
        departementCode(data[at + 6] & 0xff), optionalRegion(data[at + 7] & 0xff),
        Optional.empty(), Optional.of(communeCode(u16(data, at + 8))), Optional.empty()));
  }

  private Epci epci(int i) {
    Epci epci = epcis.get(i);
    if (epci != null) {
      return epci;
    }
    int at = epciAt + EPCI * i;
    int first = s32(index, at + 5);
    int end = i + 1 < epciCount ? s32(index, at + EPCI + 5) : membreCount;
    List<CodeCommune> membres = new ArrayList<>(end - first);
    // The départements and régions of the members, marked by number: numbers follow the order of
    // the codes, so reading the marks in order gives the lists sorted and without duplicates, as
    // the Epci constructor wants them (it sorts only lists that are not).
    boolean[] departementMarks = new boolean[departementCount];
    boolean[] regionMarks = new boolean[regionCount];
    for (int m = first; m < end; m++) {
      int commune = u16(index, membreAt + 2 * m);
      Part part = part(partOfCommune(commune));
      int communeAt = part.communeAt(commune - part.firstCommune());
      membres.add(communeCode(commune));
      departementMarks[part.data()[communeAt + 5] & 0xff] = true;
      int region = part.data()[communeAt + 6] & 0xff;
      if (region != NONE_8) {
        regionMarks[region] = true;
      }
    }
    List<CodeDepartement> departementsEpci = new ArrayList<>(2);
    for (int d = 0; d < departementCount; d++) {
      if (departementMarks[d]) {
        departementsEpci.add(departementCode(d));
      }
    }
    List<CodeRegion> regionsEpci = new ArrayList<>(2);
    for (int r = 0; r < regionCount; r++) {
      if (regionMarks[r]) {
        regionsEpci.add(regionCode(r));
      }
    }
    TypeEpci type = TypeEpci.fromCode(EPCI_TYPES[index[at + 4]]).orElseThrow();
    return keep(epcis, i, new Epci(epciSiren(i),
        name(regionCount + departementCount + i), type, membres, departementsEpci, regionsEpci));
  }

  // Identifiers, shared by the records that refer to them.

  private CodeRegion regionCode(int i) {
    CodeRegion code = regionCodes.get(i);
    return code != null ? code
        : keep(regionCodes, i, CodeRegion.parse(ascii(index, regionAt + REG * i, REG)));
  }

  private Optional<CodeRegion> optionalRegion(int i) {
    return i == NONE_8 ? Optional.empty() : Optional.of(regionCode(i));
  }

  private CodeDepartement departementCode(int i) {
    CodeDepartement code = departementCodes.get(i);
    return code != null ? code : keep(departementCodes, i,
        CodeDepartement.parse(ascii(index, departementAt + DEP * i, 3)));
  }

  private CodeCommune communeCode(int i) {
    CodeCommune code = communeCodes.get(i);
    if (code != null) {
      return code;
    }
    Part part = part(partOfCommune(i));
    return keep(communeCodes, i,
        CodeCommune.parse(ascii(part.data(), part.communeAt(i - part.firstCommune()), 5)));
  }

  private Siren epciSiren(int i) {
    Siren siren = epciSirens.get(i);
    return siren != null ? siren
        : keep(epciSirens, i, Siren.parse(nineDigits(s32(index, epciAt + EPCI * i))));
  }

  /** Stores a value built for an empty slot, unless another thread stored one first. */
  private static <T> T keep(AtomicReferenceArray<T> values, int i, T built) {
    T previous = values.compareAndExchange(i, null, built);
    return previous != null ? previous : built;
  }

  private String name(int n) {
    int start = n == 0 ? 0 : s32(index, nameEndAt + 4 * (n - 1));
    int end = s32(index, nameEndAt + 4 * n);
    return new String(index, namesAt + start, end - start, StandardCharsets.UTF_8);
  }

  // Reading the bytes.

  /**
   * Finds a code among {@code count} records of {@code size} bytes from {@code start}, each
   * beginning with the code in {@code width} ASCII bytes (a shorter code ends with a zero byte).
   * Records are sorted by code, compared as {@link String#compareTo} compares the texts.
   *
   * @return the index of the record, or -1
   */
  private static int find(byte[] data, int start, int size, int width, int count, String code) {
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compare(data, start + size * middle, width, code);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  private static int compare(byte[] data, int at, int width, String code) {
    int length = code.length();
    for (int k = 0; k < width; k++) {
      int stored = data[at + k] & 0xff;
      if (stored == 0) {
        return k < length ? -1 : 0;
      }
      if (k == length) {
        return 1;
      }
      int difference = stored - code.charAt(k);
      if (difference != 0) {
        return difference;
      }
    }
    return width < length ? -1 : 0;
  }

  private static String ascii(byte[] data, int at, int width) {
    int length = 0;
    while (length < width && data[at + length] != 0) {
      length++;
    }
    return new String(data, at, length, StandardCharsets.ISO_8859_1);
  }

  private static String nineDigits(int value) {
    char[] digits = new char[9];
    int rest = value;
    for (int k = 8; k >= 0; k--) {
      digits[k] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return new String(digits);
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
  }

  private static int s32(byte[] bytes, int at) {
    return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
        | (bytes[at + 3] & 0xff);
  }
}
