package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import java.util.regex.Pattern;

/**
 * A FINESS number: the nine-character identifier of a health or social establishment (hospital,
 * health centre, MSP…) in the Fichier national des établissements sanitaires et sociaux.
 *
 * <p>Format {@code [0-9][0-9AB][0-9]{7}}: two characters of département (Corsica writes {@code 2A}
 * or {@code 2B}) then seven digits, for example {@code 820000016}. The check digit is not enforced,
 * as many published numbers do not satisfy it. Immutable and thread-safe.
 */
@JsonString(pattern = "^[0-9][0-9AB][0-9]{7}$")
@Description(value = "Numéro FINESS : 9 caractères, le deuxième pouvant être A ou B (Corse).",
    examples = {"\"320000011\"", "\"2A0000014\""})
public final class Finess extends IdentifiantOfficiel {
  static final String KIND = "FINESS";
  private static final Pattern FORMAT = Pattern.compile("[0-9][0-9AB][0-9]{7}");

  private Finess(String value) {
    super(value);
  }

  /**
   * Reads a FINESS number.
   *
   * @param text nine characters, {@code [0-9][0-9AB][0-9]{7}}
   * @return the FINESS number
   * @throws InvalidIdentifierException if the text is null or does not have that format
   */
  @JsonCreator
  public static Finess parse(CharSequence text) {
    String s = require(text, KIND);
    if (!FORMAT.matcher(s).matches()) {
      throw new InvalidIdentifierException(KIND, s, "format [0-9][0-9AB][0-9]{7} attendu");
    }
    return new Finess(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is a FINESS number
   */
  public static boolean isValid(CharSequence text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
