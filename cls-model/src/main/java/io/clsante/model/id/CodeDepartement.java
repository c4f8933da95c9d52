package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import java.util.regex.Pattern;

/**
 * The INSEE code of a département (or of an overseas collectivity with a département-like code).
 *
 * <p>{@code 01}-{@code 95} without {@code 20}, {@code 2A} and {@code 2B} for Corsica, {@code 971}
 * to {@code 978} and {@code 984}-{@code 989} overseas, for example {@code 32} (Gers). Immutable and
 * thread-safe.
 */
@JsonString(pattern = "^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[4-9])$")
@Description(value = "Code INSEE d'un département : 01 à 95 (sans 20), 2A, 2B, 971 à 978 ou 984 à 989.",
    examples = {"\"32\"", "\"2A\"", "\"974\""})
public final class CodeDepartement extends IdentifiantOfficiel {
  static final String KIND = "code département INSEE";
  private static final Pattern FORMAT =
      Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[4-9]");

  private CodeDepartement(String value) {
    super(value);
  }

  /**
   * Reads a département code.
   *
   * @param text two or three characters, for example {@code 32}, {@code 2A} or {@code 974}
   * @return the code
   * @throws InvalidIdentifierException if the text is null or not a département code
   */
  @JsonCreator
  public static CodeDepartement parse(CharSequence text) {
    String s = require(text, KIND);
    if (!FORMAT.matcher(s).matches()) {
      throw new InvalidIdentifierException(
          KIND, s, "01 à 95 (sans 20), 2A, 2B, 971 à 978 ou 984 à 989 attendu");
    }
    return new CodeDepartement(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is a département code
   */
  public static boolean isValid(CharSequence text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
