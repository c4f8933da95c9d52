package io.clsante.rules.references;

import io.clsante.model.Avenant;
import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Instance;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.List;
import java.util.Optional;

/** CLS-REF-002: every reference to an actor names an actor declared in {@code acteurs}. */
final class ReferencesResolues extends ClsRule {
  ReferencesResolues() {
    super("CLS-REF-002", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    one(ctx, c.territoire().groupement(), Pointer.of("territoire", "groupement"));
    for (int i = 0; i < c.signataires().size(); i++) {
      one(ctx, Optional.of(c.signataires().get(i).acteur()), Pointer.of("signataires", i, "acteur"));
    }
    c.gouvernance().ifPresent(g -> {
      for (int i = 0; i < g.instances().size(); i++) {
        Instance in = g.instances().get(i);
        all(ctx, in.composition(), "gouvernance", "instances", i, "composition");
        all(ctx, in.presidence(), "gouvernance", "instances", i, "presidence");
      }
    });
    c.coordination().ifPresent(co -> {
      one(ctx, co.employeur(), Pointer.of("coordination", "employeur"));
      for (int i = 0; i < co.cofinancements().size(); i++) {
        one(ctx, Optional.of(co.cofinancements().get(i).financeur()),
            Pointer.of("coordination", "cofinancements", i, "financeur"));
      }
    });
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        all(ctx, fiche.porteurs(), "axes", a, "fiches", f, "porteurs");
        all(ctx, fiche.partenaires(), "axes", a, "fiches", f, "partenaires");
        for (int o = 0; o < fiche.operations().size(); o++) {
          one(ctx, fiche.operations().get(o).pilote(),
              Pointer.of("axes", a, "fiches", f, "operations", o, "pilote"));
        }
        for (int n = 0; n < fiche.financements().size(); n++) {
          one(ctx, fiche.financements().get(n).financeur(),
              Pointer.of("axes", a, "fiches", f, "financements", n, "financeur"));
        }
      }
    }
    for (int v = 0; v < c.avenants().size(); v++) {
      Avenant av = c.avenants().get(v);
      for (int s = 0; s < av.signatures().size(); s++) {
        one(ctx, Optional.of(av.signatures().get(s).acteur()), Pointer.of("avenants", v, "signatures", s, "acteur"));
      }
      all(ctx, av.acteursAjoutes(), "avenants", v, "acteursAjoutes");
    }
    for (int e = 0; e < c.evaluations().size(); e++) {
      one(ctx, c.evaluations().get(e).auteur(), Pointer.of("evaluations", e, "auteur"));
    }
  }

  private static void one(RuleContext ctx, Optional<String> id, String pointer) {
    if (id.isPresent() && ctx.acteur(id.get()).isEmpty()) {
      ctx.report(pointer, id.get());
    }
  }

  private static void all(RuleContext ctx, List<String> ids, Object... path) {
    for (int i = 0; i < ids.size(); i++) {
      Object[] segments = java.util.Arrays.copyOf(path, path.length + 1);
      segments[path.length] = i;
      one(ctx, Optional.of(ids.get(i)), Pointer.of(segments));
    }
  }
}
