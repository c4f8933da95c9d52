package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import java.util.regex.Pattern;

/**
 * An RNA number: the identifier of an association in the Répertoire national des associations.
 *
 * <p>Format {@code W} followed by nine digits or capital letters (the prefecture code may contain
 * {@code A} or {@code B} in Corsica), for example {@code W751000017}. Immutable and thread-safe.
 */
@JsonString(pattern = "^W[0-9A-Z]{9}$")
@Description(value = "Numéro RNA d'une association : W suivi de 9 chiffres ou lettres majuscules.",
    examples = "\"W323000123\"")
public final class Rna extends IdentifiantOfficiel {
  static final String KIND = "RNA";
  private static final Pattern FORMAT = Pattern.compile("W[0-9A-Z]{9}");

  private Rna(String value) {
    super(value);
  }

  /**
   * Reads an RNA number.
   *
   * @param text {@code W} and nine digits or capital letters
   * @return the RNA number
   * @throws InvalidIdentifierException if the text is null or does not have that format
   */
  @JsonCreator
  public static Rna parse(CharSequence text) {
    String s = require(text, KIND);
    if (!FORMAT.matcher(s).matches()) {
      throw new InvalidIdentifierException(KIND, s, "format W[0-9A-Z]{9} attendu");
    }
    return new Rna(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is an RNA number
   */
  public static boolean isValid(CharSequence text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
