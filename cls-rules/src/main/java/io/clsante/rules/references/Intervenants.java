package io.clsante.rules.references;

import io.clsante.model.Financement;
import io.clsante.model.Intervenant;
import io.clsante.model.Operation;
import io.clsante.rules.spi.FichePlacee;
import io.clsante.rules.spi.RuleContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Walks the intervenants of a contract — lead actors, partners and funders of each fiche and of
 * each of its operations — with their place. A place's pointer is written only when a rule asks
 * for it, to report: most intervenants are right.
 */
final class Intervenants {
  private Intervenants() {}

  /** What a rule does with each intervenant. */
  interface Visiteur {
    /**
     * Visits one intervenant.
     *
     * @param intervenant the intervenant
     * @param pointer its JSON Pointer, for example {@code /axes/0/fiches/1/porteurs/0}, written on
     *     demand
     */
    void visiter(Intervenant intervenant, Supplier<String> pointer);
  }

  static void parcourir(RuleContext ctx, Visiteur visiteur) {
    for (FichePlacee p : ctx.fiches()) {
      liste(p, visiteur, p.fiche().porteurs(), "porteurs");
      liste(p, visiteur, p.fiche().partenaires(), "partenaires");
      financements(p, visiteur, p.fiche().financements(), "financements");
      for (int o = 0; o < p.fiche().operations().size(); o++) {
        Operation op = p.fiche().operations().get(o);
        liste(p, visiteur, op.porteurs(), "operations", o, "porteurs");
        liste(p, visiteur, op.partenaires(), "operations", o, "partenaires");
        financements(p, visiteur, op.financements(), "operations", o, "financements");
      }
    }
  }

  private static void financements(FichePlacee p, Visiteur visiteur, List<Financement> financements,
      Object... lieu) {
    for (int n = 0; n < financements.size(); n++) {
      Financement fin = financements.get(n);
      if (fin.financeur().isPresent()) {
        Object[] place = suite(lieu, n, "financeur");
        visiteur.visiter(fin.financeur().get(), () -> p.pointer(place));
      }
      liste(p, visiteur, fin.financeursAlternatifs(), suite(lieu, n, "financeursAlternatifs"));
    }
  }

  private static void liste(FichePlacee p, Visiteur visiteur, List<Intervenant> intervenants, Object... lieu) {
    for (int i = 0; i < intervenants.size(); i++) {
      Object[] place = suite(lieu, i);
      visiteur.visiter(intervenants.get(i), () -> p.pointer(place));
    }
  }

  private static Object[] suite(Object[] lieu, Object... plus) {
    Object[] all = Arrays.copyOf(lieu, lieu.length + plus.length);
    System.arraycopy(plus, 0, all, lieu.length, plus.length);
    return all;
  }
}
