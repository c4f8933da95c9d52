package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeRegion;
import java.util.Objects;

/**
 * A région of the Code officiel géographique, for example {@code 76} Occitanie.
 *
 * <p>The collectivités d'outre-mer (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin,
 * Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie, the TAAF, Clipperton) belong to no
 * région. Immutable and thread-safe.
 *
 * @param code the INSEE code of the région, for example {@code 76}
 * @param nom the name, for example {@code Occitanie}, not blank
 */
public record Region(CodeRegion code, String nom) {

  /**
   * Creates a région.
   *
   * @param code the INSEE code of the région, for example {@code 76}
   * @param nom the name, for example {@code Occitanie}, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Region {
    Objects.requireNonNull(code, "code");
    Commune.requireNom(nom, code);
  }
}
