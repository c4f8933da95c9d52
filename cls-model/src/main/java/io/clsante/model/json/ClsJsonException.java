package io.clsante.model.json;

import io.clsante.model.internal.MessageFormatter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Thrown by {@link ClsJson#read(byte[])} when an input cannot be read as a contract: it is not
 * JSON, not UTF-8, exceeds a limit, or does not follow the format (an unknown or missing property,
 * a value of the wrong type, an invalid value…). It carries the first {@link StructuralProblem}
 * of the input; {@link ClsJson#check(byte[])} gives them all, without an exception.
 *
 * <p>Bad input is an expected outcome, so this exception is checked (an {@link IOException}, like
 * every failure to read input). It always says where: the JSON Pointer (RFC 6901) of the
 * offending value and, when known, the line and column in the text. Its message is French, for
 * example {@code /acteurs/0/siren (ligne 12, colonne 16) : SIREN invalide « 200035757 » : la clé
 * de contrôle (Luhn) ne correspond pas}; {@link #message(Locale)} gives it in English too.
 */
public final class ClsJsonException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient StructuralProblem problem;

  ClsJsonException(StructuralProblem problem, Throwable cause) {
    super(render(problem, Locale.FRENCH), cause);
    this.problem = problem;
  }

  /**
   * Returns the problem.
   *
   * @return the first structural problem of the input
   */
  public StructuralProblem problem() {
    return problem;
  }

  /**
   * Returns the id of the rule the input breaks.
   *
   * @return for example {@code CLS-SCH-002}
   */
  public String ruleId() {
    return problem.ruleId();
  }

  /**
   * Returns the JSON Pointer of the offending value; the empty string for the whole document.
   *
   * @return an RFC 6901 pointer, for example {@code /axes/0/fiches/1/code}
   */
  public String pointer() {
    return problem.pointer();
  }

  /**
   * Returns the line in the text where the offending value starts, from 1.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return problem.line();
  }

  /**
   * Returns the column in the text where the offending value starts, from 1.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return problem.column();
  }

  /**
   * Returns the key of the problem's message.
   *
   * @return for example {@code schema.additionalProperties}
   */
  public String messageKey() {
    return problem.messageKey();
  }

  /**
   * Returns the arguments of the problem's message.
   *
   * @return an immutable list
   */
  public List<Object> arguments() {
    return problem.arguments();
  }

  /**
   * Returns the message with its location in the given language.
   *
   * @param locale the language: English for {@code en}, French otherwise
   * @return for example {@code / (line 1, column 1): unknown property "intitulé": it is not part of
   *     the format…}
   */
  public String message(Locale locale) {
    return render(problem, locale);
  }

  private static String render(StructuralProblem problem, Locale locale) {
    Locale language = MessageFormatter.language(locale);
    ResourceBundle bundle = ResourceBundle.getBundle(StructuralProblem.BUNDLE, language);
    String pointer = problem.pointer().isEmpty() ? "/" : problem.pointer();
    return MessageFormatter.format(bundle, problem.line() > 0 ? "exception.located" : "exception",
        List.of(pointer, problem.line(), problem.column(), problem.message(language)), language);
  }
}
