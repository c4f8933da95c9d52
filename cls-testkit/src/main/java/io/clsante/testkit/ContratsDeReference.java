package io.clsante.testkit;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The reference contracts of the project ({@code examples/contrats/*.json}: Astarac, Saint-Flour,
 * Pays Haut-Languedoc et Vignobles, Gorges Causses Cévennes, Terres des Confluences), shipped inside
 * the testkit jar as fixtures for downstream suites.
 *
 * <p>They are real contracts described from public sources, valid (no ERROR) for the national
 * profile; some have warnings, as real contracts do. Example:
 * {@code ContratLocalDeSante astarac = ContratsDeReference.contrat("cls-astarac-2025-2029");}
 *
 * <p>Stateless and thread-safe; every call reads the resource again.
 */
public final class ContratsDeReference {
  private static final List<String> NOMS = List.of(
      "cls-astarac-2025-2029",
      "cls-gorges-causses-cevennes",
      "cls-pays-haut-languedoc-vignobles",
      "cls-saint-flour-2017-2022",
      "cls-terres-des-confluences-1-2019-2022",
      "cls-terres-des-confluences-2-2023-2027");

  private ContratsDeReference() {}

  /**
   * Returns the names of the reference contracts, which are their file names without
   * {@code .json}.
   *
   * @return an immutable list, in alphabetical order
   */
  public static List<String> noms() {
    return NOMS;
  }

  /**
   * Returns the JSON of a reference contract, exactly as committed.
   *
   * @param nom a name from {@link #noms()}
   * @return the UTF-8 bytes
   * @throws IllegalArgumentException if there is no reference contract of that name
   */
  public static byte[] json(String nom) {
    check(nom);
    try (InputStream in = ContratsDeReference.class.getResourceAsStream("contrats/" + nom + ".json")) {
      if (in == null) {
        throw new IllegalStateException("Reference contract " + nom + " is missing from the testkit jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the JSON text of a reference contract.
   *
   * @param nom a name from {@link #noms()}
   * @return the text
   * @throws IllegalArgumentException if there is no reference contract of that name
   */
  public static String texte(String nom) {
    return new String(json(nom), StandardCharsets.UTF_8);
  }

  /**
   * Returns a reference contract read into the model.
   *
   * @param nom a name from {@link #noms()}
   * @return the contract
   * @throws IllegalArgumentException if there is no reference contract of that name
   */
  public static ContratLocalDeSante contrat(String nom) {
    try {
      return ClsJson.defaults().read(json(nom));
    } catch (ClsJsonException e) {
      throw new IllegalStateException("Reference contract " + nom + " does not read: " + e.getMessage(), e);
    }
  }

  private static void check(String nom) {
    if (!NOMS.contains(Objects.requireNonNull(nom, "nom"))) {
      throw new IllegalArgumentException("No reference contract \"" + nom + "\"; expected one of " + NOMS);
    }
  }
}
