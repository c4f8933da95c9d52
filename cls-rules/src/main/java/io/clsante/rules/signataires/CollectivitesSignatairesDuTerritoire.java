package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * CLS-SIG-004: a commune, EPCI, conseil départemental or conseil régional that signs belongs to
 * the territory.
 */
final class CollectivitesSignatairesDuTerritoire extends ClsRule {
  CollectivitesSignatairesDuTerritoire() {
    super("CLS-SIG-004", Severity.WARNING);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    ReferentielTerritorial ref = ctx.referentiel();
    PerimetreDuTerritoire p = new PerimetreDuTerritoire(c.territoire(), ref);
    for (int i = 0; i < c.signataires().size(); i++) {
      Optional<Acteur> acteur = ctx.acteur(c.signataires().get(i).acteur());
      if (acteur.isEmpty()) {
        continue;
      }
      Acteur a = acteur.get();
      int ii = i;
      // Written only for a finding: most signatories belong to the territory.
      Supplier<String> pointer = () -> Pointer.of("signataires", ii, "acteur");
      switch (a.type()) {
        case COMMUNE -> a.codeCommune().flatMap(ref::communeActuelle)
            .filter(commune -> !dansLeTerritoire(commune, p))
            .ifPresent(commune -> ctx.report(pointer.get(), a.nom(), commune.nom(), commune.code()));
        case CONSEIL_DEPARTEMENTAL -> a.codeDepartement().flatMap(ref::departement)
            .filter(d -> !p.departements.isEmpty() && !p.departements.contains(d.code()))
            .ifPresent(d -> ctx.report(pointer.get(), a.nom(), d.nom(), d.code()));
        case CONSEIL_REGIONAL -> a.codeRegion().flatMap(ref::region)
            .filter(r -> !p.regions.isEmpty() && !p.regions.contains(r.code()))
            .ifPresent(r -> ctx.report(pointer.get(), a.nom(), r.nom(), r.code()));
        default -> {
          if (a.type().isEpci()) {
            a.siren().flatMap(ref::epci).filter(e -> !dansLeTerritoire(e, p))
                .ifPresent(e -> ctx.report(pointer.get(), a.nom(), e.nom(), e.siren()));
          }
          // PETR, pays and syndicats mixtes are not in the referential: nothing to compare.
        }
      }
    }
  }

  private static boolean dansLeTerritoire(Commune commune, PerimetreDuTerritoire p) {
    if (!p.communes.isEmpty()) {
      return p.communes.contains(commune.code());
    }
    return p.departements.isEmpty() || p.departements.contains(commune.departement());
  }

  private static boolean dansLeTerritoire(Epci epci, PerimetreDuTerritoire p) {
    if (!p.epci.isEmpty()) {
      return p.epci.contains(epci.siren());
    }
    return p.departements.isEmpty() || !Collections.disjoint(p.departements, epci.departements());
  }
}
