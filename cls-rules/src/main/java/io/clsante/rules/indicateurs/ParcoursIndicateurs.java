package io.clsante.rules.indicateurs;

import io.clsante.model.Axe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.FicheAction;
import io.clsante.model.Indicateur;
import io.clsante.rules.spi.Pointer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the indicators of a contract, axis by axis and fiche by fiche — each fiche's, then its
 * operations' — with their place.
 */
final class ParcoursIndicateurs {
  private ParcoursIndicateurs() {}

  /** What a rule does with each indicator. */
  interface Visiteur {
    void visiter(FicheAction fiche, Indicateur indicateur, Lieu lieu);
  }

  /**
   * Where an indicator is: {@code /axes/<axe>/fiches/<fiche>/indicateurs/<indicateur>}, or
   * {@code /axes/<axe>/fiches/<fiche>/operations/<operation>/indicateurs/<indicateur>} for an
   * indicator of an operation ({@code operation} -1 for the fiche's).
   */
  record Lieu(int axe, int fiche, int operation, int indicateur) {
    /** Returns the pointer of the indicator, or of a value below it ({@code "valeurs", 2, "date"}). */
    String pointeur(Object... suite) {
      List<Object> segments = new ArrayList<>(List.of("axes", axe, "fiches", fiche));
      if (operation >= 0) {
        segments.add("operations");
        segments.add(operation);
      }
      segments.add("indicateurs");
      segments.add(indicateur);
      segments.addAll(Arrays.asList(suite));
      return Pointer.of(segments.toArray());
    }
  }

  static void parcourir(ContratLocalDeSante contrat, Visiteur visiteur) {
    for (int a = 0; a < contrat.axes().size(); a++) {
      Axe axe = contrat.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        for (int i = 0; i < fiche.indicateurs().size(); i++) {
          visiteur.visiter(fiche, fiche.indicateurs().get(i), new Lieu(a, f, -1, i));
        }
        for (int o = 0; o < fiche.operations().size(); o++) {
          List<Indicateur> indicateurs = fiche.operations().get(o).indicateurs();
          for (int i = 0; i < indicateurs.size(); i++) {
            visiteur.visiter(fiche, indicateurs.get(i), new Lieu(a, f, o, i));
          }
        }
      }
    }
  }
}
