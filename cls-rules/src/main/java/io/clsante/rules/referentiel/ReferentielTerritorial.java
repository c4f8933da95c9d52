package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The territorial referential of one millésime of the Code officiel géographique: régions,
 * départements, communes with their delegated and associated communes and municipal
 * arrondissements, and EPCI à fiscalité propre with their members.
 *
 * <p>The library ships the millésime 2026, returned by {@link #cog2026()}. Another millésime in the
 * public text format is read with {@link #load(InputStream)}; an application may also implement
 * this interface over its own data, in which case the lookups should be fast (constant or
 * logarithmic time), the lists should be sorted by code, and the instance should be immutable and
 * thread-safe, as the ones of this library are.
 *
 * <pre>{@code
 * ReferentielTerritorial cog = ReferentielTerritorial.cog2026();
 * cog.commune(CodeCommune.parse("32013")).map(Commune::nom);        // Optional[Auch]
 * cog.epci(Siren.parse("200035756")).map(Epci::regions);           // Optional[[76]]
 * }</pre>
 */
public interface ReferentielTerritorial {

  /**
   * Returns the referential of the millésime 2026 bundled with the library: the COG on
   * 1 January 2026 and the EPCI of the DGCL on the same date, from the npm package
   * {@code @etalab/decoupage-administratif} 6.0.0 (data under Licence Ouverte 2.0 / Etalab).
   *
   * <p>The resource, a compact layout written by the converter of the source repository, is read
   * once, on the first call, and the same instance is returned afterwards. Reading it builds
   * nothing: each lookup finds its code by binary search and builds the record it returns on first
   * request (a few milliseconds in a fresh JVM for the first lookups), and the lists are built on
   * their first call. The referential holds about 1.2 MB of heap, plus the records built. Immutable
   * and thread-safe.
   *
   * @return the referential of the millésime 2026
   * @throws io.clsante.model.ClsException if the bundled resource is missing or unreadable, which
   *     means the library was packaged wrongly
   */
  static ReferentielTerritorial cog2026() {
    return BundledReferentiels.cog2026();
  }

  /**
   * Reads a referential in the public text format {@code cls-referentiel-territorial} 1, as written
   * by the script {@code tools/referentiel/convert.mjs} of the source repository beside the compact
   * resource it bundles (gzip-compressed or not). Everything is read, checked and indexed at once.
   *
   * <p>The data is checked as it is read: codes well formed and unique, each département,
   * région, commune de rattachement and EPCI referred to present, each EPCI member a current
   * commune whose EPCI column names that EPCI. The stream is read to its end and left open.
   *
   * @param in the stream to read, for example a {@code cog-2027.tsv.gz} file
   * @return an immutable and thread-safe referential
   * @throws IOException if the stream cannot be read, or its content is not a valid referential
   *     (the message gives the line)
   */
  static ReferentielTerritorial load(InputStream in) throws IOException {
    return ReferentielReader.read(in, "référentiel");
  }

  /**
   * Returns the millésime: the year on whose 1 January the referential describes the territory.
   *
   * @return the year, for example {@code 2026}
   */
  int millesime();

  /**
   * Finds the current commune with this code.
   *
   * <p>A delegated commune that kept the code of its commune nouvelle is not returned here but by
   * {@link #communeDelegueeOuAssociee(CodeCommune)}.
   *
   * @param code the INSEE code, not null
   * @return the current commune, or empty if no current commune has this code
   */
  Optional<Commune> commune(CodeCommune code);

  /**
   * Finds the delegated commune, associated commune or municipal arrondissement with this code.
   *
   * @param code the INSEE code, not null
   * @return the entry, of a type other than {@link TypeCommune#COMMUNE_ACTUELLE}, or empty
   */
  Optional<Commune> communeDelegueeOuAssociee(CodeCommune code);

  /**
   * Finds the current commune whose territory this code designates: the current commune with the
   * code if there is one, otherwise the commune de rattachement of the delegated or associated
   * commune or municipal arrondissement with the code.
   *
   * @param code the INSEE code, not null
   * @return the current commune, or empty if the code is unknown in this millésime
   */
  default Optional<Commune> communeActuelle(CodeCommune code) {
    Optional<Commune> commune = commune(code);
    return commune.isPresent()
        ? commune
        : communeDelegueeOuAssociee(code)
            .flatMap(Commune::communeDeRattachement)
            .flatMap(this::commune);
  }

  /**
   * Finds the EPCI à fiscalité propre with this SIREN.
   *
   * @param siren the SIREN, not null
   * @return the EPCI, or empty if no EPCI of this millésime has this SIREN
   */
  Optional<Epci> epci(Siren siren);

  /**
   * Finds the EPCI whose territory includes the commune with this code, through
   * {@link #communeActuelle(CodeCommune)}: a delegated or associated commune or a municipal
   * arrondissement gives the EPCI of its commune de rattachement.
   *
   * @param code the INSEE code, not null
   * @return the EPCI, or empty if the code is unknown or the commune belongs to no EPCI (a few
   *     islands, the collectivités d'outre-mer)
   */
  default Optional<Epci> epciDeCommune(CodeCommune code) {
    return communeActuelle(code).flatMap(Commune::epci).flatMap(this::epci);
  }

  /**
   * Finds the département with this code.
   *
   * @param code the INSEE code, not null
   * @return the département, or empty if unknown
   */
  Optional<Departement> departement(CodeDepartement code);

  /**
   * Finds the région with this code.
   *
   * @param code the INSEE code, not null
   * @return the région, or empty if unknown
   */
  Optional<Region> region(CodeRegion code);

  /**
   * Returns the current communes, sorted by code.
   *
   * @return an unmodifiable list
   */
  List<Commune> communes();

  /**
   * Returns the delegated and associated communes and the municipal arrondissements, sorted by
   * code.
   *
   * @return an unmodifiable list
   */
  List<Commune> communesDelegueesOuAssociees();

  /**
   * Returns the EPCI à fiscalité propre, sorted by SIREN.
   *
   * @return an unmodifiable list
   */
  List<Epci> epcis();

  /**
   * Returns the départements and the collectivités d'outre-mer with a département code, sorted by
   * code.
   *
   * @return an unmodifiable list
   */
  List<Departement> departements();

  /**
   * Returns the régions, sorted by code.
   *
   * @return an unmodifiable list
   */
  List<Region> regions();
}
