package io.clsante.rules.references;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.HashMap;
import java.util.Map;

/** CLS-REF-001: a local id is used once among the parts of one kind. */
final class IdentifiantsUniques extends ClsRule {
  IdentifiantsUniques() {
    super("CLS-REF-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Map<String, String> acteurs = new HashMap<>();
    for (int i = 0; i < c.acteurs().size(); i++) {
      see(ctx, acteurs, c.acteurs().get(i).id(), Pointer.of("acteurs", i, "id"));
    }
    Map<String, String> instances = new HashMap<>();
    c.gouvernance().ifPresent(g -> {
      for (int i = 0; i < g.instances().size(); i++) {
        see(ctx, instances, g.instances().get(i).id(), Pointer.of("gouvernance", "instances", i, "id"));
      }
    });
    Map<String, String> axes = new HashMap<>();
    Map<String, String> fiches = new HashMap<>();
    Map<String, String> operations = new HashMap<>();
    Map<String, String> indicateurs = new HashMap<>();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      see(ctx, axes, axe.id(), Pointer.of("axes", a, "id"));
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        see(ctx, fiches, fiche.id(), Pointer.of("axes", a, "fiches", f, "id"));
        for (int o = 0; o < fiche.operations().size(); o++) {
          see(ctx, operations, fiche.operations().get(o).id(),
              Pointer.of("axes", a, "fiches", f, "operations", o, "id"));
        }
        for (int i = 0; i < fiche.indicateurs().size(); i++) {
          see(ctx, indicateurs, fiche.indicateurs().get(i).id(),
              Pointer.of("axes", a, "fiches", f, "indicateurs", i, "id"));
        }
      }
    }
  }

  private static void see(RuleContext ctx, Map<String, String> seen, String id, String pointer) {
    String first = seen.putIfAbsent(id, pointer);
    if (first != null) {
      ctx.report(pointer, id, first);
    }
  }
}
