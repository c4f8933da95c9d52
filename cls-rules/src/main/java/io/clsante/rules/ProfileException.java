package io.clsante.rules;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Profile#read(java.nio.file.Path)} when a profile file is not a valid profile: it
 * is not UTF-8 JSON, not an object, has an unknown or repeated property, a value of the wrong type,
 * an unknown rule, level or base profile, or lacks {@code id} or {@code libelle}.
 *
 * <p>It carries every problem of the file, in the order of the text, each with its line and column
 * and a message that says what was expected. Bad input is an expected outcome, so this exception is
 * checked, like every failure to read input. Its message is French, one line per problem, for
 * example {@code mon-profil.json (ligne 5, colonne 20) : niveau inconnu « ERREUR » pour la règle
 * CLS-AXE-006 : l'un de ERROR, WARNING, INFO, OFF attendu}; {@link #message(Locale)} gives it in English too.
 */
public final class ProfileException extends IOException {
  /** The version of the serial form. */
  private static final long serialVersionUID = 1L;

  /** What was read: the file's path, or the name given for a stream. */
  private final String source;
  private final transient List<Problem> problems;

  ProfileException(String source, List<Problem> problems) {
    super(render(source, problems, Locale.FRENCH));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the name of the input, as given to the reader.
   *
   * @return for example {@code profils/mon-profil.json}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the problems, in the order of the text.
   *
   * @return an immutable list, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the message in the given language: one line per problem, each with the source, line
   * and column.
   *
   * @param locale English for {@code en}, French otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return render(source, problems, locale);
  }

  private static String render(String source, List<Problem> problems, Locale locale) {
    return problems.stream().map(p -> p.line() > 0
            ? Texts.format(locale, "profile.located", source, p.line(), p.column(), p.message(locale))
            : Texts.format(locale, "profile.unlocated", source, p.message(locale)))
        .collect(Collectors.joining("\n"));
  }

  /**
   * One problem of a profile file: where it is, the key of its message in the bundle
   * {@code io/clsante/rules/messages} and the message's typed arguments.
   *
   * <p>Example: {@code Problem[pointer=/regles/CLS-AXE-006, line=5, column=20,
   * messageKey=profile.level.unknown, arguments=[ERREUR, CLS-AXE-006, [ERROR, WARNING, INFO, OFF]]]}.
   * Immutable and thread-safe.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the value concerned, the empty string for the
   *     whole file
   * @param line the line where the value (or the property's name) starts, from 1, or -1 when unknown
   * @param column the column, in characters from 1, or -1 when unknown
   * @param messageKey the key of the message, for example {@code profile.level.unknown}
   * @param arguments the arguments of the message, in order
   */
  public record Problem(String pointer, int line, int column, String messageKey, List<Object> arguments) {
    /**
     * Checks the parts and copies the arguments.
     *
     * @param pointer the JSON Pointer of the value concerned
     * @param line the line, or -1
     * @param column the column, or -1
     * @param messageKey the key of the message
     * @param arguments the arguments of the message
     * @throws NullPointerException if a part or an argument is null
     */
    public Problem {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(messageKey, "messageKey");
      arguments = List.copyOf(arguments);
    }

    /**
     * Returns the message, without the location, in the given language.
     *
     * @param locale English for {@code en}, French otherwise
     * @return for example {@code propriété obligatoire « libelle » absente}
     */
    public String message(Locale locale) {
      return Texts.format(locale, messageKey, arguments.toArray());
    }

    /** The same problem at a place of the text. */
    Problem at(String pointer, int line, int column) {
      return new Problem(pointer, line, column, messageKey, arguments);
    }

    /** A rule id no rule of the catalog has, with the ids close to it when there are. */
    static Problem unknownRule(RuleCatalog catalog, String ruleId) {
      List<String> close = catalog.closeTo(ruleId);
      return close.isEmpty() ? unlocated("profile.rule.unknown", ruleId)
          : unlocated("profile.rule.unknown.close", ruleId, close);
    }

    /** A level that is none of {@link Profile#LEVELS}. */
    static Problem unknownLevel(String ruleId, String level) {
      return unlocated("profile.level.unknown", level, ruleId, Profile.LEVELS);
    }

    static Problem unlocated(String messageKey, Object... arguments) {
      return new Problem("", -1, -1, messageKey, List.of(arguments));
    }
  }
}
