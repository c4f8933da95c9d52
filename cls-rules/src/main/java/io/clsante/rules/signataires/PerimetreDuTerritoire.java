package io.clsante.rules.signataires;

import io.clsante.model.CommuneTerritoire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The territory of a contract as the referential sees it: its current communes, EPCI, départements
 * and régions, each taken from the declaration when there is one, otherwise derived from the level
 * below (the members of the declared EPCI, the départements of the communes, their régions). The
 * EPCI are the declared ones plus those of the declared communes. Codes unknown to the referential
 * are left out, as other rules report them; an empty set means "unknown", never "nothing".
 */
final class PerimetreDuTerritoire {
  final Set<CodeCommune> communes;
  final Set<Siren> epci;
  final Set<CodeDepartement> departements;
  final Set<CodeRegion> regions;

  // Loops and ifs rather than lambdas: each lambda is linked on its first run, which costs in a
  // fresh JVM (cls validate), and this runs for every document.
  PerimetreDuTerritoire(Territoire t, ReferentielTerritorial ref) {
    Set<CodeCommune> c = new HashSet<>();
    Set<Siren> e = new HashSet<>();
    for (CommuneTerritoire commune : t.communes()) {
      Optional<Commune> actuelle = ref.communeActuelle(commune.code());
      if (actuelle.isPresent()) {
        c.add(actuelle.get().code());
        if (actuelle.get().epci().isPresent()) {
          e.add(actuelle.get().epci().get());
        }
      }
    }
    for (EpciTerritoire declare : t.epci()) {
      Optional<Epci> epciConnu = ref.epci(declare.siren());
      if (epciConnu.isPresent()) {
        e.add(epciConnu.get().siren());
        if (t.communes().isEmpty()) {
          c.addAll(epciConnu.get().membres());
        }
      }
    }
    Set<CodeDepartement> d = new HashSet<>(t.departements());
    if (d.isEmpty()) {
      for (CodeCommune code : c) {
        Optional<Commune> commune = ref.commune(code);
        if (commune.isPresent()) {
          d.add(commune.get().departement());
        }
      }
    }
    Set<CodeRegion> r = new HashSet<>();
    if (t.region().isPresent()) {
      r.add(t.region().get());
    }
    if (r.isEmpty()) {
      for (CodeDepartement code : d) {
        Optional<Departement> dep = ref.departement(code);
        if (dep.isPresent() && dep.get().region().isPresent()) {
          r.add(dep.get().region().get());
        }
      }
    }
    communes = Set.copyOf(c);
    epci = Set.copyOf(e);
    departements = Set.copyOf(d);
    regions = Set.copyOf(r);
  }
}
