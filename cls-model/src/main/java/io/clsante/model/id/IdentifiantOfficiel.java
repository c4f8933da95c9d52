package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Common base of the official identifiers: SIREN, SIRET, FINESS, RNA and the INSEE geographic codes.
 *
 * <p>An identifier is an immutable value: it holds exactly the canonical text that {@code parse}
 * accepted and {@link #toString()} prints it back, so {@code X.parse(x.toString()).equals(x)} always
 * holds. Two identifiers are equal when they are of the same class and hold the same text.
 * Instances are thread-safe.
 */
public abstract sealed class IdentifiantOfficiel implements Comparable<IdentifiantOfficiel>
    permits Siren, Siret, Finess, Rna, CodeCommune, CodeDepartement, CodeRegion {

  private final String value;

  IdentifiantOfficiel(String value) {
    this.value = value;
  }

  /**
   * Returns the canonical text of this identifier, as written in the JSON format.
   *
   * @return the canonical text, for example {@code 200035756}
   */
  @JsonValue
  @Override
  public final String toString() {
    return value;
  }

  /**
   * Compares by class name, then by text, so sorted lists are stable.
   *
   * @param other the other identifier
   * @return negative, zero or positive
   */
  @Override
  public final int compareTo(IdentifiantOfficiel other) {
    int byKind = getClass().getName().compareTo(other.getClass().getName());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((IdentifiantOfficiel) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  static String require(CharSequence text, String kind) {
    if (text == null) {
      throw new InvalidIdentifierException(kind, null, "valeur absente");
    }
    return text.toString();
  }
}
