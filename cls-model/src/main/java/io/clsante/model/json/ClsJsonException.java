package io.clsante.model.json;

import java.io.IOException;
import java.util.Locale;

/**
 * Thrown when an input cannot be read as a contract: it is not JSON, not UTF-8, exceeds a limit,
 * or does not follow the format (unknown property, missing property, wrong type, invalid value…).
 *
 * <p>Bad input is an expected outcome, so this exception is checked (an {@link IOException}, like
 * every failure to read input). It always says where: the JSON Pointer (RFC 6901) of the offending
 * value and, when known, the line and column in the text. Its message is French, for example
 * {@code /acteurs/0/siren (ligne 12, colonne 16) : valeur invalide : SIREN invalide « 200035757 » :
 * la clé de Luhn ne correspond pas}; {@link #message(Locale)} gives it in English too.
 */
public final class ClsJsonException extends IOException {
  private static final long serialVersionUID = 1L;

  private final JsonProblem problem;
  private final String pointer;
  private final int line;
  private final int column;
  private final String detail;
  private final String detailEn;

  ClsJsonException(
      JsonProblem problem, String pointer, int line, int column, String detail, String detailEn,
      Throwable cause) {
    super(render(Locale.FRENCH, problem, pointer, line, column, detail), cause);
    this.problem = problem;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.detailEn = detailEn;
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind
   */
  public JsonProblem problem() {
    return problem;
  }

  /**
   * Returns the JSON Pointer of the offending value; the empty string for the whole document.
   *
   * @return an RFC 6901 pointer, for example {@code /axes/0/fiches/1/code}
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line in the text where the problem was seen, from 1.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column in the text where the problem was seen, from 1.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the specific explanation, in French, without the location.
   *
   * @return for example {@code propriété « intitulé » inconnue}
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the message in the given language: French unless the language is English.
   *
   * @param locale the locale
   * @return the message with location, kind and explanation
   */
  public String message(Locale locale) {
    return render(locale, problem, pointer, line, column, detail(locale));
  }

  /**
   * Returns the specific explanation in the given language.
   *
   * @param locale the locale
   * @return the explanation, French unless the language is English
   */
  public String detail(Locale locale) {
    return isEnglish(locale) ? detailEn : detail;
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  private static String render(
      Locale locale, JsonProblem problem, String pointer, int line, int column, String detail) {
    boolean en = isEnglish(locale);
    StringBuilder sb = new StringBuilder(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      sb.append(en ? " (line " : " (ligne ").append(line);
      if (column > 0) {
        sb.append(en ? ", column " : ", colonne ").append(column);
      }
      sb.append(')');
    }
    sb.append(en ? ": " : " : ").append(en ? problem.label() : problem.libelle());
    if (detail != null && !detail.isEmpty()) {
      sb.append(en ? ": " : " : ").append(detail);
    }
    return sb.toString();
  }
}
