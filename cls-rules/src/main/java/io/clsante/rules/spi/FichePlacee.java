package io.clsante.rules.spi;

import io.clsante.model.Axe;
import io.clsante.model.FicheAction;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fiche action with its place in the document: its axis and both indexes, so that a rule can
 * report at {@code /axes/a/fiches/f/...} without walking the axes itself. Given by
 * {@link RuleContext#fiches()}.
 *
 * @param axe the axis that holds the fiche
 * @param indexAxe the index of the axis in {@code axes}
 * @param fiche the fiche action
 * @param indexFiche the index of the fiche in the axis's {@code fiches}
 */
public record FichePlacee(Axe axe, int indexAxe, FicheAction fiche, int indexFiche) {

  /**
   * Checks the parts.
   *
   * @param axe the axis that holds the fiche
   * @param indexAxe the index of the axis in {@code axes}
   * @param fiche the fiche action
   * @param indexFiche the index of the fiche in the axis's {@code fiches}
   * @throws NullPointerException if the axis or the fiche is null
   */
  public FichePlacee {
    Objects.requireNonNull(axe, "axe");
    Objects.requireNonNull(fiche, "fiche");
  }

  /**
   * Returns the JSON Pointer of this fiche, or of a value below it.
   *
   * @param below property names and indexes under the fiche, for example {@code "indicateurs", 0}
   * @return for example {@code /axes/1/fiches/0/indicateurs/0}
   */
  public String pointer(Object... below) {
    Object[] all = Arrays.copyOf(new Object[] {"axes", indexAxe, "fiches", indexFiche}, 4 + below.length);
    System.arraycopy(below, 0, all, 4, below.length);
    return Pointer.of(all);
  }
}
