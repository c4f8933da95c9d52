package io.clsante.rules.signataires;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.referentiel.Region;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Collections;
import java.util.Optional;

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
      // Ifs rather than optional chains of lambdas, each of which a fresh JVM would link first.
      switch (a.type()) {
        case COMMUNE -> {
          Optional<Commune> commune = a.codeCommune().isPresent()
              ? ref.communeActuelle(a.codeCommune().get()) : Optional.empty();
          if (commune.isPresent() && !dansLeTerritoire(commune.get(), p)) {
            ctx.report(pointer(i), a.nom(), commune.get().nom(), commune.get().code());
          }
        }
        case CONSEIL_DEPARTEMENTAL -> {
          Optional<Departement> d = a.codeDepartement().isPresent()
              ? ref.departement(a.codeDepartement().get()) : Optional.empty();
          if (d.isPresent() && !p.departements.isEmpty() && !p.departements.contains(d.get().code())) {
            ctx.report(pointer(i), a.nom(), d.get().nom(), d.get().code());
          }
        }
        case CONSEIL_REGIONAL -> {
          Optional<Region> r = a.codeRegion().isPresent() ? ref.region(a.codeRegion().get()) : Optional.empty();
          if (r.isPresent() && !p.regions.isEmpty() && !p.regions.contains(r.get().code())) {
            ctx.report(pointer(i), a.nom(), r.get().nom(), r.get().code());
          }
        }
        default -> {
          if (a.type().isEpci() && a.siren().isPresent()) {
            Optional<Epci> e = ref.epci(a.siren().get());
            if (e.isPresent() && !dansLeTerritoire(e.get(), p)) {
              ctx.report(pointer(i), a.nom(), e.get().nom(), e.get().siren());
            }
          }
          // PETR, pays and syndicats mixtes are not in the referential: nothing to compare.
        }
      }
    }
  }

  /** Written only for a finding: most signatories belong to the territory. */
  private static String pointer(int signataire) {
    return Pointer.of("signataires", signataire, "acteur");
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
