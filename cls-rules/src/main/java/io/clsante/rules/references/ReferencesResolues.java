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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** CLS-REF-002: every reference to an actor names an actor declared in {@code acteurs}. */
final class ReferencesResolues extends ClsRule {
  ReferencesResolues() {
    super("CLS-REF-002", Severity.ERROR);
  }

  // Each pointer is written only for a reference that does not resolve: most resolve.
  @Override
  public void check(RuleContext ctx) {
    ContratLocalDeSante c = ctx.contrat();
    Optional<String> groupement = c.territoire().groupement();
    if (inconnu(ctx, groupement)) {
      ctx.report(Pointer.of("territoire", "groupement"), groupement.get());
    }
    for (int i = 0; i < c.signataires().size(); i++) {
      String id = c.signataires().get(i).acteur();
      if (inconnu(ctx, id)) {
        ctx.report(Pointer.of("signataires", i, "acteur"), id);
      }
    }
    c.gouvernance().ifPresent(g -> {
      for (int i = 0; i < g.instances().size(); i++) {
        Instance in = g.instances().get(i);
        all(ctx, in.composition(), "gouvernance", "instances", i, "composition");
        all(ctx, in.presidence(), "gouvernance", "instances", i, "presidence");
      }
    });
    c.coordination().ifPresent(co -> {
      if (inconnu(ctx, co.employeur())) {
        ctx.report(Pointer.of("coordination", "employeur"), co.employeur().get());
      }
      for (int i = 0; i < co.cofinancements().size(); i++) {
        String id = co.cofinancements().get(i).financeur();
        if (inconnu(ctx, id)) {
          ctx.report(Pointer.of("coordination", "cofinancements", i, "financeur"), id);
        }
      }
    });
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        fiche(ctx, axe.fiches().get(f), a, f);
      }
    }
    Intervenants.parcourir(ctx, (intervenant, pointer) -> {
      if (inconnu(ctx, intervenant.acteur())) {
        ctx.report(pointer.get(), intervenant.acteur().get());
      }
    });
    for (int v = 0; v < c.avenants().size(); v++) {
      Avenant av = c.avenants().get(v);
      for (int s = 0; s < av.signatures().size(); s++) {
        String id = av.signatures().get(s).acteur();
        if (inconnu(ctx, id)) {
          ctx.report(Pointer.of("avenants", v, "signatures", s, "acteur"), id);
        }
      }
      all(ctx, av.acteursAjoutes(), "avenants", v, "acteursAjoutes");
    }
    for (int e = 0; e < c.evaluations().size(); e++) {
      Optional<String> auteur = c.evaluations().get(e).auteur();
      if (inconnu(ctx, auteur)) {
        ctx.report(Pointer.of("evaluations", e, "auteur"), auteur.get());
      }
    }
  }

  // Lead actors, partners and funders are intervenants, walked with those of the operations; the
  // pilot of an operation is the 1.0 way of naming its lead actor.
  private static void fiche(RuleContext ctx, FicheAction fiche, int a, int f) {
    for (int o = 0; o < fiche.operations().size(); o++) {
      Optional<String> pilote = fiche.operations().get(o).pilote();
      if (inconnu(ctx, pilote)) {
        ctx.report(Pointer.of("axes", a, "fiches", f, "operations", o, "pilote"), pilote.get());
      }
    }
  }

  private static boolean inconnu(RuleContext ctx, String id) {
    return ctx.acteur(id).isEmpty();
  }

  private static boolean inconnu(RuleContext ctx, Optional<String> id) {
    return id.isPresent() && inconnu(ctx, id.get());
  }

  /** Reports each unknown id of a list, at its index under {@code path}. */
  private static void all(RuleContext ctx, List<String> ids, Object... path) {
    for (int i = 0; i < ids.size(); i++) {
      if (inconnu(ctx, ids.get(i))) {
        Object[] segments = Arrays.copyOf(path, path.length + 1);
        segments[path.length] = i;
        ctx.report(Pointer.of(segments), ids.get(i));
      }
    }
  }
}
