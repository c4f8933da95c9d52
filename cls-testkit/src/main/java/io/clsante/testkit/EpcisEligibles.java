package io.clsante.testkit;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.referentiel.TypeCommune;
import io.clsante.rules.referentiel.TypeEpci;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The EPCI of a referential on which a generated contract can stand: wholly in one région, with
 * départements of that région, and member communes that the referential places in that EPCI. They
 * are grouped by kind (CC, CA, CU, métropole) so that every kind is drawn often, and sorted by
 * SIREN so that a seed draws the same EPCI on every machine. Computed once per referential.
 */
final class EpcisEligibles {
  private static final Map<ReferentielTerritorial, EpcisEligibles> CACHE = new ConcurrentHashMap<>();

  final Map<TypeEpci, List<Epci>> parType;
  final List<TypeEpci> types;
  final List<Epci> tous;

  private EpcisEligibles(ReferentielTerritorial ref) {
    Map<TypeEpci, List<Epci>> m = new EnumMap<>(TypeEpci.class);
    List<Epci> all = new ArrayList<>();
    for (Epci e : ref.epcis()) {
      if (eligible(e, ref)) {
        m.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
        all.add(e);
      }
    }
    Comparator<Epci> bySiren = Comparator.comparing(e -> e.siren().toString());
    m.values().forEach(l -> l.sort(bySiren));
    all.sort(bySiren);
    this.parType = m;
    this.types = List.copyOf(m.keySet());
    this.tous = List.copyOf(all);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("The referential has no EPCI to generate contracts on");
    }
  }

  static EpcisEligibles of(ReferentielTerritorial ref) {
    return CACHE.computeIfAbsent(ref, EpcisEligibles::new);
  }

  private static boolean eligible(Epci e, ReferentielTerritorial ref) {
    if (e.regions().size() != 1 || ref.region(e.regions().get(0)).isEmpty()) {
      return false;
    }
    CodeRegion region = e.regions().get(0);
    for (CodeDepartement d : e.departements()) {
      Optional<Departement> dep = ref.departement(d);
      if (dep.isEmpty() || !dep.get().region().equals(Optional.of(region))) {
        return false;
      }
    }
    for (CodeCommune c : e.membres()) {
      Optional<Commune> commune = ref.commune(c);
      if (commune.isEmpty() || commune.get().type() != TypeCommune.COMMUNE_ACTUELLE
          || !commune.get().epci().equals(Optional.of(e.siren()))
          || !commune.get().region().equals(Optional.of(region))
          || !e.departements().contains(commune.get().departement())) {
        return false;
      }
    }
    return true;
  }
}
