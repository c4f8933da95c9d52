package io.clsante.rules.referentiel;

import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import java.util.Objects;
import java.util.Optional;

/**
 * A département of the Code officiel géographique, or a collectivité d'outre-mer with a
 * département-like code, for example {@code 32} Gers in région {@code 76}, or {@code 978}
 * Saint-Martin, which belongs to no région. Immutable and thread-safe.
 *
 * @param code the INSEE code, for example {@code 32}, {@code 2A} or {@code 974}
 * @param nom the name, for example {@code Gers}, not blank
 * @param region the région, empty for a collectivité d'outre-mer
 */
public record Departement(CodeDepartement code, String nom, Optional<CodeRegion> region) {

  /**
   * Creates a département.
   *
   * @param code the INSEE code, for example {@code 32}, {@code 2A} or {@code 974}
   * @param nom the name, for example {@code Gers}, not blank
   * @param region the région, empty for a collectivité d'outre-mer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Departement {
    Objects.requireNonNull(code, "code");
    Commune.requireNom(nom, code);
    Objects.requireNonNull(region, "region");
  }
}
