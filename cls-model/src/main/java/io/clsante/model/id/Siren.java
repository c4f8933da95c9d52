package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import io.clsante.model.internal.Luhn;

/**
 * A SIREN number: the nine-digit identifier of a legal entity in the INSEE Sirene register (an
 * EPCI, a commune, an association, a company…).
 *
 * <p>A SIREN is nine ASCII digits whose Luhn checksum is valid, for example {@code 200035756}
 * (Communauté de communes Astarac Arros en Gascogne). Immutable and thread-safe.
 */
@JsonString(pattern = "^[0-9]{9}$")
@Description(value = "SIREN : 9 chiffres. La clé de Luhn est vérifiée à la lecture par le modèle, pas par ce "
    + "schéma.",
    examples = "\"200035756\"")
public final class Siren extends IdentifiantOfficiel {
  static final String KIND = "SIREN";

  private Siren(String value) {
    super(value);
  }

  /**
   * Reads a SIREN from its nine digits.
   *
   * @param text nine ASCII digits with a valid Luhn checksum, no spaces
   * @return the SIREN
   * @throws InvalidIdentifierException if the text is null, not nine digits, or fails the Luhn check
   */
  @JsonCreator
  public static Siren parse(CharSequence text) {
    String s = require(text, KIND);
    if (!Luhn.isDigits(s, 9)) {
      throw new InvalidIdentifierException(KIND, s, "9 chiffres attendus");
    }
    if (!Luhn.isValid(s)) {
      throw new InvalidIdentifierException(KIND, s, "la clé de Luhn ne correspond pas");
    }
    return new Siren(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is a valid SIREN
   */
  public static boolean isValid(CharSequence text) {
    return Luhn.isDigits(text, 9) && Luhn.isValid(text);
  }
}
