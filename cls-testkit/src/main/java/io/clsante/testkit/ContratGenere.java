package io.clsante.testkit;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import java.util.Objects;

/**
 * A generated contract with the seed and size that reproduce it:
 * {@code ContratGenerator.withReferenceDate(d).generate(graine(), taille())} gives it again.
 *
 * <p>Its {@link #toString()} names the seed and size, so that a test report says how to replay a
 * failing case. Immutable and thread-safe.
 *
 * @param graine the seed
 * @param taille the size, from 1
 * @param contrat the contract the generator gave for that seed and size
 */
public record ContratGenere(long graine, int taille, ContratLocalDeSante contrat) {

  /**
   * Checks the parts.
   *
   * @param graine the seed
   * @param taille the size, from 1
   * @param contrat the contract the generator gave for that seed and size
   * @throws IllegalArgumentException if the size is below 1
   * @throws NullPointerException if the contract is null
   */
  public ContratGenere {
    Objects.requireNonNull(contrat, "contrat");
    if (taille < 1) {
      throw new IllegalArgumentException("Size " + taille + " out of range: 1 or more expected");
    }
  }

  /**
   * Returns the contract as canonical JSON.
   *
   * @return the UTF-8 bytes of {@link ClsJson#writeBytes(ContratLocalDeSante)}
   */
  public byte[] json() {
    return ClsJson.defaults().writeBytes(contrat);
  }

  /**
   * Returns the seed and size.
   *
   * @return for example {@code graine 20261122, taille 7}
   */
  @Override
  public String toString() {
    return "graine " + graine + ", taille " + taille;
  }
}
