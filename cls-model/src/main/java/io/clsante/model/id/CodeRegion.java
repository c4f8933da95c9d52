package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import io.clsante.model.internal.Luhn;

/**
 * The INSEE code of a région, two digits, for example {@code 76} (Occitanie) or {@code 84}
 * (Auvergne-Rhône-Alpes). This class checks the format only; the territorial referential knows
 * which codes exist. Immutable and thread-safe.
 */
@JsonString(pattern = "^[0-9]{2}$")
@Description(value = "Code INSEE d'une région : 2 chiffres.",
    examples = {"\"76\"", "\"84\""})
public final class CodeRegion extends IdentifiantOfficiel {
  static final String KIND = "code région INSEE";

  private CodeRegion(String value) {
    super(value);
  }

  /**
   * Reads a région code.
   *
   * @param text two ASCII digits
   * @return the code
   * @throws InvalidIdentifierException if the text is null or not two digits
   */
  @JsonCreator
  public static CodeRegion parse(CharSequence text) {
    String s = require(text, KIND);
    if (!Luhn.isDigits(s, 2)) {
      throw new InvalidIdentifierException(KIND, s, "2 chiffres attendus");
    }
    return new CodeRegion(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is two digits
   */
  public static boolean isValid(CharSequence text) {
    return Luhn.isDigits(text, 2);
  }
}
