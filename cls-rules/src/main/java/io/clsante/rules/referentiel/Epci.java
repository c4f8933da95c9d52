package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.util.List;
import java.util.Objects;

/**
 * An EPCI à fiscalité propre (communauté de communes, d'agglomération, urbaine, métropole) with its
 * member communes.
 *
 * <p>For example {@code 200035756} CC Astarac Arros en Gascogne, a communauté de communes of 37
 * communes in département {@code 32}, région {@code 76}. An EPCI may span several départements
 * and even several régions: {@link #departements()} and {@link #regions()} list those of its
 * members. The lists are sorted by code, without duplicates, and unmodifiable. Immutable and
 * thread-safe.
 *
 * @param siren the SIREN of the EPCI
 * @param nom the name, for example {@code CC Astarac Arros en Gascogne}, not blank
 * @param type the legal nature
 * @param membres the codes of the member communes, all current communes, not empty
 * @param departements the départements of the member communes, not empty
 * @param regions the régions of the member communes
 */
public record Epci(
    Siren siren,
    String nom,
    TypeEpci type,
    List<CodeCommune> membres,
    List<CodeDepartement> departements,
    List<CodeRegion> regions) {

  /**
   * Creates an EPCI; the lists are copied, sorted and rid of duplicates.
   *
   * @param siren the SIREN of the EPCI
   * @param nom the name, for example {@code CC Astarac Arros en Gascogne}, not blank
   * @param type the legal nature
   * @param membres the codes of the member communes, all current communes, not empty
   * @param departements the départements of the member communes, not empty
   * @param regions the régions of the member communes
   * @throws NullPointerException if an argument or an element of a list is null
   * @throws IllegalArgumentException if the name is blank, or the members or départements are empty
   */
  public Epci {
    Objects.requireNonNull(siren, "siren");
    Commune.requireNom(nom, siren);
    Objects.requireNonNull(type, "type");
    membres = CodeOrder.sortedDistinct(membres);
    departements = CodeOrder.sortedDistinct(departements);
    regions = CodeOrder.sortedDistinct(regions);
    if (membres.isEmpty() || departements.isEmpty()) {
      throw new IllegalArgumentException("EPCI " + siren + " : aucune commune membre");
    }
  }
}
