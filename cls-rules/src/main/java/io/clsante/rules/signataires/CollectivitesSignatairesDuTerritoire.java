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

/**
 * CLS-SIG-004: a commune, EPCI, conseil départemental or conseil régional that signs belongs to
 * the territory.
 */
final class CollectivitesSignatairesDuTerritoire extends ClsRule {
  CollectivitesSignatairesDuTerritoire() {
    super("CLS-SIG-004", Severity.WARNING);
  }

  /**
   * A collectivité of the referential outside the territory.
   *
   * @param nom its name
   * @param code its code or SIREN
   */
  private record HorsDuTerritoire(String nom, Object code) {}

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    PerimetreDuTerritoire p = PerimetreDuTerritoire.of(c.territoire(), ctx.referentiel());
    for (int i = 0; i < c.signataires().size(); i++) {
      Optional<Acteur> acteur = ctx.acteur(c.signataires().get(i).acteur());
      Optional<HorsDuTerritoire> hors = acteur.flatMap(a -> horsDuTerritoire(a, ctx.referentiel(), p));
      if (hors.isPresent()) {
        ctx.report(Pointer.of("signataires", i, "acteur"), acteur.get().nom(), hors.get().nom(), hors.get().code());
      }
    }
  }

  // PETR, pays and syndicats mixtes are not in the referential: nothing to compare.
  private static Optional<HorsDuTerritoire> horsDuTerritoire(Acteur a, ReferentielTerritorial ref,
      PerimetreDuTerritoire p) {
    return switch (a.type()) {
      case COMMUNE -> a.codeCommune().flatMap(ref::communeActuelle)
          .filter(commune -> !dansLeTerritoire(commune, p))
          .map(commune -> new HorsDuTerritoire(commune.nom(), commune.code()));
      case CONSEIL_DEPARTEMENTAL -> a.codeDepartement().flatMap(ref::departement)
          .filter(d -> !p.departements().isEmpty() && !p.departements().contains(d.code()))
          .map(d -> new HorsDuTerritoire(d.nom(), d.code()));
      case CONSEIL_REGIONAL -> a.codeRegion().flatMap(ref::region)
          .filter(r -> !p.regions().isEmpty() && !p.regions().contains(r.code()))
          .map(r -> new HorsDuTerritoire(r.nom(), r.code()));
      default -> a.type().isEpci()
          ? a.siren().flatMap(ref::epci).filter(e -> !dansLeTerritoire(e, p)).map(e -> new HorsDuTerritoire(e.nom(),
              e.siren()))
          : Optional.empty();
    };
  }

  private static boolean dansLeTerritoire(Commune commune, PerimetreDuTerritoire p) {
    if (!p.communes().isEmpty()) {
      return p.communes().contains(commune.code());
    }
    return p.departements().isEmpty() || p.departements().contains(commune.departement());
  }

  private static boolean dansLeTerritoire(Epci epci, PerimetreDuTerritoire p) {
    if (!p.epci().isEmpty()) {
      return p.epci().contains(epci.siren());
    }
    return p.departements().isEmpty() || !Collections.disjoint(p.departements(), epci.departements());
  }
}
