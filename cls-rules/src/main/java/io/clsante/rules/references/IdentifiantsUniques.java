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
import java.util.function.Supplier;

/** CLS-REF-001: a local id is used once among the parts of one kind. */
final class IdentifiantsUniques extends ClsRule {
  IdentifiantsUniques() {
    super("CLS-REF-001", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Map<String, Supplier<String>> acteurs = new HashMap<>();
    for (int i = 0; i < c.acteurs().size(); i++) {
      int ii = i;
      see(ctx, acteurs, c.acteurs().get(i).id(), () -> Pointer.of("acteurs", ii, "id"));
    }
    Map<String, Supplier<String>> instances = new HashMap<>();
    c.gouvernance().ifPresent(g -> {
      for (int i = 0; i < g.instances().size(); i++) {
        int ii = i;
        see(ctx, instances, g.instances().get(i).id(), () -> Pointer.of("gouvernance", "instances", ii, "id"));
      }
    });
    Map<String, Supplier<String>> axes = new HashMap<>();
    Map<String, Supplier<String>> fiches = new HashMap<>();
    Map<String, Supplier<String>> operations = new HashMap<>();
    Map<String, Supplier<String>> indicateurs = new HashMap<>();
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      int ai = a;
      see(ctx, axes, axe.id(), () -> Pointer.of("axes", ai, "id"));
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        int fi = f;
        see(ctx, fiches, fiche.id(), () -> Pointer.of("axes", ai, "fiches", fi, "id"));
        for (int o = 0; o < fiche.operations().size(); o++) {
          int oi = o;
          see(ctx, operations, fiche.operations().get(o).id(),
              () -> Pointer.of("axes", ai, "fiches", fi, "operations", oi, "id"));
        }
        for (int i = 0; i < fiche.indicateurs().size(); i++) {
          int ii = i;
          see(ctx, indicateurs, fiche.indicateurs().get(i).id(),
              () -> Pointer.of("axes", ai, "fiches", fi, "indicateurs", ii, "id"));
        }
      }
    }
  }

  // Each id remembers where it was first seen as a function of its indexes: the pointers are
  // written only for a duplicate, which most contracts do not have.
  private static void see(RuleContext ctx, Map<String, Supplier<String>> seen, String id,
      Supplier<String> pointer) {
    Supplier<String> first = seen.putIfAbsent(id, pointer);
    if (first != null) {
      ctx.report(pointer.get(), id, first.get());
    }
  }
}
