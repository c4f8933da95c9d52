package io.clsante.rules.axes;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import io.clsante.model.ObjectifStrategique;
import io.clsante.rules.Severity;
import io.clsante.rules.internal.ClsRule;
import io.clsante.rules.spi.Pointer;
import io.clsante.rules.spi.RuleContext;
import java.util.Optional;

/** CLS-AXE-010: the strategic objective a fiche belongs to is one of its axis. */
final class ObjectifStrategiqueDeLAxe extends ClsRule {
  ObjectifStrategiqueDeLAxe() {
    super("CLS-AXE-010", Severity.ERROR);
  }

  @Override
  public void check(RuleContext ctx) {
    for (int a = 0; a < ctx.contrat().axes().size(); a++) {
      Axe axe = ctx.contrat().axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        Optional<String> objectif = fiche.objectifStrategique();
        if (objectif.isPresent() && axe.objectifsStrategiques().stream()
            .map(ObjectifStrategique::id).noneMatch(objectif::equals)) {
          ctx.report(Pointer.of("axes", a, "fiches", f, "objectifStrategique"), fiche.code(), objectif.get(),
              axe.numero());
        }
      }
    }
  }
}
