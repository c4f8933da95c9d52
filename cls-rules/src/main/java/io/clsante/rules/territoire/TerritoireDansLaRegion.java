package io.clsante.rules.territoire;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Territoire;
import io.clsante.model.TypeActeur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeRegion;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.referentiel.Region;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * CLS-TER-005: the communes, EPCI and départements of the territory lie in the contract's région:
 * the territory's, else the one of the signing ARS.
 */
final class TerritoireDansLaRegion extends ClsRule {
  TerritoireDansLaRegion() {
    super("CLS-TER-005", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    ReferentielTerritorial ref = ctx.referentiel();
    // An unknown région code is CLS-TER-008's business.
    Optional<Region> region = regionDuContrat(ctx).flatMap(ref::region);
    if (region.isEmpty()) {
      return;
    }
    CodeRegion code = region.get().code();
    String contrat = libelle(region.get());
    Territoire t = c.territoire();
    for (int i = 0; i < t.communes().size(); i++) {
      CodeCommune cc = t.communes().get(i).code();
      Optional<Commune> commune = ref.commune(cc).or(() -> ref.communeDelegueeOuAssociee(cc));
      if (commune.isPresent() && !commune.get().region().equals(Optional.of(code))) {
        ctx.report(Pointer.of("territoire", "communes", i, "code"), commune.get().nom(), cc,
            libelles(commune.get().region().stream().toList(), ref), contrat);
      }
    }
    for (int i = 0; i < t.epci().size(); i++) {
      Optional<Epci> epci = ref.epci(t.epci().get(i).siren());
      // An EPCI straddling two régions is outside the contract's région for its other part.
      if (epci.isPresent() && !epci.get().regions().equals(List.of(code))) {
        ctx.report(Pointer.of("territoire", "epci", i, "siren"), epci.get().nom(), epci.get().siren(),
            libelles(epci.get().regions(), ref), contrat);
      }
    }
    for (int i = 0; i < t.departements().size(); i++) {
      Optional<Departement> d = ref.departement(t.departements().get(i));
      if (d.isPresent() && !d.get().region().equals(Optional.of(code))) {
        ctx.report(Pointer.of("territoire", "departements", i), d.get().nom(), d.get().code(),
            libelles(d.get().region().stream().toList(), ref), contrat);
      }
    }
  }

  private static Optional<CodeRegion> regionDuContrat(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    if (c.territoire().region().isPresent()) {
      return c.territoire().region();
    }
    return c.signataires().stream()
        .map(s -> ctx.acteur(s.acteur()))
        .flatMap(Optional::stream)
        .filter(a -> a.type() == TypeActeur.ARS && a.codeRegion().isPresent())
        .map(a -> a.codeRegion().get())
        .findFirst();
  }

  private static String libelle(Region r) {
    return r.nom() + " (" + r.code() + ")";
  }

  /** Names the régions, or gives "—" for none (the collectivités d'outre-mer belong to none). */
  private static List<String> libelles(List<CodeRegion> codes, ReferentielTerritorial ref) {
    if (codes.isEmpty()) {
      return List.of("—");
    }
    return codes.stream().map(r -> ref.region(r).map(TerritoireDansLaRegion::libelle).orElse(r.toString())).toList();
  }
}
