package io.clsante.rules.territoire;

import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/** CLS-TER-006: when the territory declares départements, its communes lie in them. */
final class CommunesDansLesDepartements extends ClsRule {
  CommunesDansLesDepartements() {
    super("CLS-TER-006", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ReferentielTerritorial ref = ctx.referentiel();
    Territoire t = ctx.contrat().territoire();
    if (t.departements().isEmpty()) {
      return;
    }
    List<String> declares = t.departements().stream().map(d -> libelle(d, ref)).toList();
    for (int i = 0; i < t.communes().size(); i++) {
      CodeCommune code = t.communes().get(i).code();
      Optional<Commune> commune = ref.commune(code).or(() -> ref.communeDelegueeOuAssociee(code));
      if (commune.isPresent() && !t.departements().contains(commune.get().departement())) {
        ctx.report(Pointer.of("territoire", "communes", i, "code"), commune.get().nom(), code,
            libelle(commune.get().departement(), ref), declares);
      }
    }
  }

  private static String libelle(CodeDepartement code, ReferentielTerritorial ref) {
    return ref.departement(code).map(d -> d.nom() + " (" + code + ")").orElse(code.toString());
  }
}
