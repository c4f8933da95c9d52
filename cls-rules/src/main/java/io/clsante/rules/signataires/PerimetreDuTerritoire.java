package io.clsante.rules.signataires;

import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The territory of a contract as the referential sees it: its current communes, EPCI, départements
 * and régions, each taken from the declaration when there is one, otherwise derived from the level
 * below (the members of the declared EPCI, the départements of the communes, their régions). The
 * EPCI are the declared ones plus those of the declared communes. Codes unknown to the referential
 * are left out, as other rules report them; an empty set means "unknown", never "nothing".
 *
 * @param communes the current communes
 * @param epci the EPCI
 * @param departements the départements
 * @param regions the régions
 */
record PerimetreDuTerritoire(
    Set<CodeCommune> communes, Set<Siren> epci, Set<CodeDepartement> departements, Set<CodeRegion> regions) {

  static PerimetreDuTerritoire of(Territoire t, ReferentielTerritorial ref) {
    List<Commune> actuelles = t.communes().stream().flatMap(c -> ref.communeActuelle(c.code()).stream()).toList();
    List<Epci> declares = t.epci().stream().flatMap(e -> ref.epci(e.siren()).stream()).toList();
    Set<CodeCommune> communes = actuelles.stream().map(Commune::code).collect(Collectors.toCollection(HashSet::new));
    if (t.communes().isEmpty()) {
      declares.forEach(e -> communes.addAll(e.membres()));
    }
    Stream<Siren> desCommunes = actuelles.stream().flatMap(c -> c.epci().stream());
    Set<Siren> epci = Stream.concat(desCommunes, declares.stream().map(Epci::siren)).collect(Collectors.toSet());
    Set<CodeDepartement> departements = t.departements().isEmpty()
        ? communes.stream().flatMap(code -> ref.commune(code).stream()).map(Commune::departement)
            .collect(Collectors.toSet())
        : Set.copyOf(t.departements());
    Set<CodeRegion> regions = t.region().map(Set::of).orElseGet(() -> departements.stream()
        .flatMap(code -> ref.departement(code).stream())
        .flatMap(d -> d.region().stream())
        .collect(Collectors.toSet()));
    return new PerimetreDuTerritoire(Set.copyOf(communes), Set.copyOf(epci), Set.copyOf(departements),
        Set.copyOf(regions));
  }
}
