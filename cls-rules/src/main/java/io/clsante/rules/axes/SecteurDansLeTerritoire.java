package io.clsante.rules.axes;

import io.clsante.model.CommuneTerritoire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.FicheAction;
import io.clsante.model.Operation;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Territoire;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * CLS-AXE-008: the geographic sector of a fiche, or of an operation, lies inside the contract's
 * territory, unless it says it reaches beyond on purpose ({@code horsTerritoire}).
 */
final class SecteurDansLeTerritoire extends ClsRule {
  SecteurDansLeTerritoire() {
    super("CLS-AXE-008", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    Territoire t = ctx.contrat().territoire();
    if (t.communes().isEmpty() && t.epci().isEmpty()) {
      return;
    }
    ReferentielTerritorial ref = ctx.referentiel();
    Set<CodeCommune> communes = new HashSet<>();
    Set<Siren> epcis = new HashSet<>();
    // Codes unknown to the referential are the territory rules' business: when one hides what
    // the territory covers, the sector is given the benefit of the doubt.
    boolean communesIncertaines = false;
    boolean epcisIncertains = false;
    for (CommuneTerritoire c : t.communes()) {
      communes.add(c.code());
      c.epci().ifPresent(epcis::add);
      Optional<Commune> actuelle = ref.communeActuelle(c.code());
      actuelle.ifPresent(commune -> {
        communes.add(commune.code());
        commune.epci().ifPresent(epcis::add);
      });
      epcisIncertains |= actuelle.isEmpty() && c.epci().isEmpty();
    }
    for (EpciTerritoire e : t.epci()) {
      epcis.add(e.siren());
      Optional<Epci> epci = ref.epci(e.siren());
      epci.ifPresent(connu -> communes.addAll(connu.membres()));
      communesIncertaines |= epci.isEmpty();
    }
    for (FichePlacee p : ctx.fiches()) {
      FicheAction fiche = p.fiche();
      secteur(ctx, fiche.secteur(), fiche.code(), communes, epcis, communesIncertaines, epcisIncertains,
          () -> p.pointer("secteur"));
      for (int o = 0; o < fiche.operations().size(); o++) {
        Operation op = fiche.operations().get(o);
        int rang = o;
        secteur(ctx, op.secteur(), fiche.code() + " – " + op.intitule(), communes, epcis, communesIncertaines,
            epcisIncertains, () -> p.pointer("operations", rang, "secteur"));
      }
    }
  }

  // A sector said to reach beyond the territory on purpose is not checked. Its pointer is written
  // only to report.
  private static void secteur(RuleContext ctx, Optional<SecteurGeographique> secteur, String sujet,
      Set<CodeCommune> communes, Set<Siren> epcis, boolean communesIncertaines, boolean epcisIncertains,
      Supplier<String> pointer) {
    if (secteur.isEmpty() || secteur.get().horsTerritoire()) {
      return;
    }
    ReferentielTerritorial ref = ctx.referentiel();
    SecteurGeographique s = secteur.get();
    for (int i = 0; i < s.communes().size(); i++) {
      CodeCommune code = s.communes().get(i);
      boolean dedans = communes.contains(code)
          || ref.communeActuelle(code).map(actuelle -> communes.contains(actuelle.code())).orElse(false);
      if (!dedans && !communesIncertaines) {
        ctx.report(pointer.get() + "/communes/" + i,
            nomme(code, ref.commune(code).or(() -> ref.communeDelegueeOuAssociee(code)).map(Commune::nom)), sujet);
      }
    }
    for (int i = 0; i < s.epci().size(); i++) {
      Siren siren = s.epci().get(i);
      if (!epcis.contains(siren) && !epcisIncertains) {
        ctx.report(pointer.get() + "/epci/" + i, nomme(siren, ref.epci(siren).map(Epci::nom)), sujet);
      }
    }
  }

  /** "32107 Condom" when the referential knows the name, else the code alone. */
  private static String nomme(Object code, Optional<String> nom) {
    return nom.map(n -> code + " " + n).orElse(code.toString());
  }
}
