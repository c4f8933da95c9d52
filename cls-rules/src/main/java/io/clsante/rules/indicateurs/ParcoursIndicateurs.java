package io.clsante.rules.indicateurs;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Indicateur;
import io.clsante.rules.spi.Pointer;

/** Walks the indicators of a contract, axis by axis and fiche by fiche, with their place. */
final class ParcoursIndicateurs {
  private ParcoursIndicateurs() {}

  /** What a rule does with each indicator. */
  interface Visiteur {
    void visiter(FicheAction fiche, Indicateur indicateur, Lieu lieu);
  }

  /** Where an indicator is: {@code /axes/<axe>/fiches/<fiche>/indicateurs/<indicateur>}. */
  record Lieu(int axe, int fiche, int indicateur) {
    /** Returns the pointer of the indicator, or of a value below it ({@code "valeurs", 2, "date"}). */
    String pointeur(Object... suite) {
      Object[] segments = new Object[6 + suite.length];
      segments[0] = "axes";
      segments[1] = axe;
      segments[2] = "fiches";
      segments[3] = fiche;
      segments[4] = "indicateurs";
      segments[5] = indicateur;
      System.arraycopy(suite, 0, segments, 6, suite.length);
      return Pointer.of(segments);
    }
  }

  static void parcourir(ContratLocalDeSante contrat, Visiteur visiteur) {
    for (int a = 0; a < contrat.axes().size(); a++) {
      Axe axe = contrat.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        for (int i = 0; i < fiche.indicateurs().size(); i++) {
          visiteur.visiter(fiche, fiche.indicateurs().get(i), new Lieu(a, f, i));
        }
      }
    }
  }
}
