package io.clsante.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonString;
import java.util.regex.Pattern;

/**
 * The INSEE code of a commune in the Code officiel géographique (COG), also used for delegated and
 * associated communes and municipal arrondissements.
 *
 * <p>Five characters: the département ({@code 01}-{@code 95} except {@code 20}, {@code 2A},
 * {@code 2B}) and three digits, or an overseas code starting {@code 97} or {@code 98} and three
 * more digits, for example {@code 32013} or {@code 97411}. This class checks the format only;
 * whether the commune exists in a given millésime is a question for the territorial referential.
 * Immutable and thread-safe.
 */
@JsonString(pattern = "^(?:(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|9[78][0-9]{3})$")
@Description(value = "Code INSEE (COG) d'une commune : département (01 à 95 sans 20, 2A, 2B) puis 3 "
    + "chiffres, ou 97xxx/98xxx outre-mer.",
    examples = {"\"32013\"", "\"2A004\"", "\"97411\""})
public final class CodeCommune extends IdentifiantOfficiel {
  static final String KIND = "code commune INSEE";
  private static final Pattern FORMAT =
      Pattern.compile("(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|9[78][0-9]{3}");

  private CodeCommune(String value) {
    super(value);
  }

  /**
   * Reads a commune code.
   *
   * @param text five characters, for example {@code 2A004} or {@code 32013}
   * @return the code
   * @throws InvalidIdentifierException if the text is null or not a commune code
   */
  @JsonCreator
  public static CodeCommune parse(CharSequence text) {
    String s = require(text, KIND);
    if (!FORMAT.matcher(s).matches()) {
      String why = s.length() == 5 && s.startsWith("20")
          ? "les communes de Corse ont un code en 2A ou 2B"
          : "5 caractères attendus : département (01-95, 2A, 2B) puis 3 chiffres, ou 97xxx/98xxx";
      throw new InvalidIdentifierException(KIND, s, why);
    }
    return new CodeCommune(s);
  }

  /**
   * Tells whether {@link #parse(CharSequence)} would accept the text.
   *
   * @param text the text, may be null
   * @return true when the text is a commune code
   */
  public static boolean isValid(CharSequence text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /**
   * Returns the code of the département this commune code belongs to, read from its first
   * characters (three for overseas codes, two otherwise).
   *
   * @return the département code
   */
  public CodeDepartement departement() {
    String s = toString();
    return CodeDepartement.parse(s.startsWith("97") || s.startsWith("98") ? s.substring(0, 3) : s.substring(0, 2));
  }
}
