package io.clsante.rules.references;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Gouvernance;
import io.clsante.model.Indicateur;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CLS-REF-001: a local id is used once among the parts of one kind. */
final class IdentifiantsUniques extends ClsRule {
  IdentifiantsUniques() {
    super("CLS-REF-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Map<String, Object[]> acteurs = new HashMap<>();
    for (int i = 0; i < c.acteurs().size(); i++) {
      see(ctx, acteurs, c.acteurs().get(i).id(), "acteurs", i, "id");
    }
    Map<String, Object[]> instances = new HashMap<>();
    if (c.gouvernance().isPresent()) {
      Gouvernance g = c.gouvernance().get();
      for (int i = 0; i < g.instances().size(); i++) {
        see(ctx, instances, g.instances().get(i).id(), "gouvernance", "instances", i, "id");
      }
    }
    Map<String, Object[]> axes = new HashMap<>();
    Map<String, Object[]> fiches = new HashMap<>();
    Map<String, Object[]> operations = new HashMap<>();
    Map<String, Object[]> indicateurs = new HashMap<>();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      see(ctx, axes, axe.id(), "axes", a, "id");
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        see(ctx, fiches, fiche.id(), "axes", a, "fiches", f, "id");
        for (int o = 0; o < fiche.operations().size(); o++) {
          see(ctx, operations, fiche.operations().get(o).id(), "axes", a, "fiches", f, "operations", o, "id");
          List<Indicateur> ofOperation = fiche.operations().get(o).indicateurs();
          for (int i = 0; i < ofOperation.size(); i++) {
            see(ctx, indicateurs, ofOperation.get(i).id(), "axes", a, "fiches", f, "operations", o, "indicateurs", i,
                "id");
          }
        }
        for (int i = 0; i < fiche.indicateurs().size(); i++) {
          see(ctx, indicateurs, fiche.indicateurs().get(i).id(), "axes", a, "fiches", f, "indicateurs", i, "id");
        }
      }
    }
  }

  // Each id remembers the segments of the pointer where it was first seen: pointers are written
  // only for a duplicate, which most contracts do not have.
  private static void see(RuleContext ctx, Map<String, Object[]> seen, String id, Object... lieu) {
    Object[] first = seen.putIfAbsent(id, lieu);
    if (first != null) {
      ctx.report(Pointer.of(lieu), id, Pointer.of(first));
    }
  }
}
