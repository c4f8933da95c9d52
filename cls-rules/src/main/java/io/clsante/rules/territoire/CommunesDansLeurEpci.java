package io.clsante.rules.territoire;

import io.clsante.model.CommuneTerritoire;
import io.clsante.model.Territoire;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-TER-004: a commune of the territory declared with its EPCI is a member of that EPCI. */
final class CommunesDansLeurEpci extends ClsRule {
  CommunesDansLeurEpci() {
    super("CLS-TER-004", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ReferentielTerritorial ref = ctx.referentiel();
    Territoire t = ctx.contrat().territoire();
    for (int i = 0; i < t.communes().size(); i++) {
      CommuneTerritoire declaree = t.communes().get(i);
      // Unknown codes are reported by CLS-TER-001 and CLS-TER-003; a delegated commune is judged
      // by its commune de rattachement.
      Optional<Commune> commune = ref.communeActuelle(declaree.code());
      Optional<Epci> epci = declaree.epci().flatMap(ref::epci);
      if (commune.isEmpty() || epci.isEmpty() || commune.get().epci().equals(Optional.of(epci.get().siren()))) {
        continue;
      }
      // Named as written: a delegated code gets the delegated commune's name.
      String nom = ref.commune(declaree.code()).or(() -> ref.communeDelegueeOuAssociee(declaree.code()))
          .map(Commune::nom).orElse(commune.get().nom());
      String reelle = commune.get().epci().flatMap(ref::epci)
          .map(e -> e.nom() + " (" + e.siren() + ")").orElse("—");
      ctx.report(Pointer.of("territoire", "communes", i, "epci"), nom, declaree.code(),
          epci.get().siren(), epci.get().nom(), reelle, ref.millesime());
    }
  }
}
