package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import io.clsante.model.internal.Luhn;

/**
 * A SIRET number: the fourteen-digit identifier of an establishment, made of the SIREN of its legal
 * entity followed by a five-digit establishment number (NIC).
 *
 * <p>A SIRET passes the Luhn check over its fourteen digits and its first nine digits form a valid
 * SIREN. La Poste is the documented exception: for SIREN {@code 356000000} the rule is that the sum
 * of the fourteen digits is a multiple of 5. Immutable and thread-safe.
 */
@JsonString(pattern = "^[0-9]{14}$")
@Description(value = "SIRET : 14 chiffres (SIREN puis NIC). Les clés de contrôle sont vérifiées à la lecture "
    + "par le modèle, pas par ce schéma.",
    examples = "\"20003575600010\"")
public final class Siret extends IdentifiantOfficiel {
  static final String KIND = "SIRET";
  private static final String LA_POSTE = "356000000";

  private Siret(String value) {
    super(value);
  }

  /**
   * Reads a SIRET from its fourteen digits.
   *
   * @param text fourteen ASCII digits, no spaces
   * @return the SIRET
   * @throws InvalidIdentifierException if the text is null, not fourteen digits, its SIREN is
   *     invalid, or the SIRET check fails
   */
  @JsonCreator
  public static Siret parse(CharSequence text) {
    String s = require(text, KIND);
    if (!Luhn.isDigits(s, 14)) {
      throw new InvalidIdentifierException(KIND, s, "14 chiffres attendus");
    }
    if (s.startsWith(LA_POSTE)) {
      if (Luhn.digitSum(s) % 5 != 0) {
        throw new InvalidIdentifierException(
            KIND, s, "pour La Poste, la somme des chiffres doit être un multiple de 5");
      }
      return new Siret(s);
    }
    if (!Siren.isValid(s.substring(0, 9))) {
      throw new InvalidIdentifierException(KIND, s, "le SIREN (9 premiers chiffres) est invalide");
    }
    if (!Luhn.isValid(s)) {
      throw new InvalidIdentifierException(KIND, s, "la clé de Luhn ne correspond pas");
    }
    return new Siret(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is a valid SIRET
   */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /**
   * Returns the SIREN of the legal entity this establishment belongs to.
   *
   * @return the first nine digits as a SIREN
   */
  public Siren siren() {
    String s = toString().substring(0, 9);
    return Siren.parse(s);
  }


  /**
   * Returns the establishment number (NIC), the last five digits.
   *
   * @return five digits
   */
  public String nic() {
    return toString().substring(9);
  }
}
