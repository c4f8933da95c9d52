package io.clsante.rules.signataires;

import io.clsante.model.CommuneTerritoire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.Commune;
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

  PerimetreDuTerritoire(Territoire t, ReferentielTerritorial ref) {
    Set<CodeCommune> c = new HashSet<>();
    Set<Siren> e = new HashSet<>();
    for (CommuneTerritoire commune : t.communes()) {
      ref.communeActuelle(commune.code()).ifPresent(actuelle -> {
        c.add(actuelle.code());
        actuelle.epci().ifPresent(e::add);
      });
    }
    for (EpciTerritoire declare : t.epci()) {
      Optional<Epci> epciConnu = ref.epci(declare.siren());
      epciConnu.ifPresent(k -> e.add(k.siren()));
      if (t.communes().isEmpty()) {
        epciConnu.ifPresent(k -> c.addAll(k.membres()));
      }
    }
    Set<CodeDepartement> d = new HashSet<>(t.departements());
    if (d.isEmpty()) {
      c.stream().map(ref::commune).flatMap(Optional::stream).map(Commune::departement).forEach(d::add);
    }
    Set<CodeRegion> r = new HashSet<>();
    t.region().ifPresent(r::add);
    if (r.isEmpty()) {
      d.stream().map(ref::departement).flatMap(Optional::stream)
          .forEach(dep -> dep.region().ifPresent(r::add));
    }
    communes = Set.copyOf(c);
    epci = Set.copyOf(e);
    departements = Set.copyOf(d);
    regions = Set.copyOf(r);
  }
}
