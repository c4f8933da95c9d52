package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.util.Objects;
import java.util.Optional;

/**
 * A commune-like entry of the Code officiel géographique: a current commune, a delegated or
 * associated commune, or a municipal arrondissement.
 *
 * <p>For example the current commune {@code 32013} Auch, département {@code 32}, région
 * {@code 76}, SIREN {@code 213200132}, member of the EPCI {@code 200066926}; or the delegated
 * commune {@code 32067} Cabas-Loumassès, whose commune de rattachement is {@code 32365}. A
 * delegated commune may have the same code as its commune de rattachement.
 *
 * <p>The record states one invariant of the COG: a current commune has no commune de rattachement,
 * any other kind has one, and only current communes are members of an EPCI. Immutable and
 * thread-safe.
 *
 * @param type the kind of entry
 * @param code the INSEE code
 * @param nom the name with its article, for example {@code L'Isle-Jourdain}, not blank
 * @param departement the département
 * @param region the région, empty in the collectivités d'outre-mer, which belong to none
 * @param siren the SIREN of the commune as a legal entity; empty for the kinds other than current
 *     communes, which are not legal entities, and for the communes of the collectivités
 *     d'outre-mer, which the source lists without SIREN
 * @param communeDeRattachement for a delegated or associated commune or a municipal arrondissement,
 *     the code of the current commune it is part of; empty for a current commune
 * @param epci for a current commune, the SIREN of the EPCI à fiscalité propre it is a member of,
 *     empty for the few communes outside any EPCI; always empty for the other kinds (use
 *     {@link ReferentielTerritorial#epciDeCommune(CodeCommune)} to reach the EPCI of their commune
 *     de rattachement)
 */
public record Commune(
    TypeCommune type,
    CodeCommune code,
    String nom,
    CodeDepartement departement,
    Optional<CodeRegion> region,
    Optional<Siren> siren,
    Optional<CodeCommune> communeDeRattachement,
    Optional<Siren> epci) {

  /**
   * Creates a commune-like entry.
   *
   * @param type the kind of entry
   * @param code the INSEE code
   * @param nom the name with its article, for example {@code L'Isle-Jourdain}, not blank
   * @param departement the département
   * @param region the région, empty in the collectivités d'outre-mer, which belong to none
   * @param siren the SIREN of the commune as a legal entity; empty for the kinds other than current
   *     communes, which are not legal entities, and for the communes of the collectivités
   *     d'outre-mer, which the source lists without SIREN
   * @param communeDeRattachement for a delegated or associated commune or a municipal arrondissement,
   *     the code of the current commune it is part of; empty for a current commune
   * @param epci for a current commune, the SIREN of the EPCI à fiscalité propre it is a member of,
   *     empty for the few communes outside any EPCI; always empty for the other kinds (use
   *     {@link ReferentielTerritorial#epciDeCommune(CodeCommune)} to reach the EPCI of their commune
   *     de rattachement)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank, if a current commune has a commune de
   *     rattachement or another kind has none, or if an entry other than a current commune has an
   *     EPCI
   */
  public Commune {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    requireNom(nom, code);
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(siren, "siren");
    Objects.requireNonNull(communeDeRattachement, "communeDeRattachement");
    Objects.requireNonNull(epci, "epci");
    boolean actuelle = type == TypeCommune.COMMUNE_ACTUELLE;
    if (actuelle == communeDeRattachement.isPresent()) {
      throw new IllegalArgumentException(type + " " + code + " : "
          + (actuelle ? "une commune actuelle n'a pas de commune de rattachement"
              : "commune de rattachement attendue"));
    }
    if (!actuelle && epci.isPresent()) {
      throw new IllegalArgumentException(type + " " + code
          + " : seule une commune actuelle est membre d'un EPCI, pas " + epci.get());
    }
  }

  /** Checks a name, shared by the records of this package. */
  static void requireNom(String nom, Object code) {
    Objects.requireNonNull(nom, "nom");
    if (nom.isBlank()) {
      throw new IllegalArgumentException(code + " : nom vide");
    }
  }
}
