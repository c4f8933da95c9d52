package io.clsante.rules;

import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem found in a document, as data: the id of the rule that found it, its severity, where
 * it is (a JSON Pointer and, when the input was text, a line and column), the key of its message
 * and the message's typed arguments. The message is rendered on demand, in French or English.
 *
 * <p>Example, as {@link #toString()} prints it: {@code ERREUR CLS-SIG-001 /signataires (ligne 42) :
 * aucune ARS ne signe le contrat ; l'art. L1434-10 CSP fait de l'ARS une partie obligatoire.}
 *
 * <p>Immutable and thread-safe.
 */
public final class Finding {
  private final Rule rule;
  private final Severity severity;
  private final String pointer;
  private final int line;
  private final int column;
  private final String messageKey;
  private final List<Object> arguments;

  /** A finding with the rule's message, {@code <id>.message}. */
  Finding(Rule rule, Severity severity, String pointer, int line, int column, List<?> arguments) {
    this(rule, severity, pointer, line, column, rule.id() + ".message", arguments);
  }

  Finding(Rule rule, Severity severity, String pointer, int line, int column, String messageKey,
      List<?> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = List.copyOf(arguments);
  }

  /**
   * Returns the id of the rule that reported this finding.
   *
   * @return for example {@code CLS-SIG-001}
   */
  public String ruleId() {
    return rule.id();
  }

  /**
   * Returns the severity, after the profile's overrides.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value the finding is about.
   *
   * @return for example {@code /axes/0/fiches/1/porteurs}; {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the value in the input text, from 1.
   *
   * @return the line, or empty when the input was not text (a model built in code)
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the column of the value in the input text, from 1.
   *
   * @return the column, or empty when unknown
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns the key of the template the message is rendered from, in the rule's bundle.
   *
   * @return {@code <ruleId>.message}, or the key of another message of the rule when it has
   *     several, for example {@code CLS-FIN-003.message.taxe}
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the arguments of the message, typed: code-list values (such as
   * {@code StatutContrat.EN_VIGUEUR}), dates, numbers, amounts, identifiers, texts, lists of these,
   * and {@link io.clsante.rules.spi.MessageKey}s for the parts of the message that change with the
   * case. A finding never holds the value of a property marked as personal data.
   *
   * @return an immutable list
   */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * Renders the message: its template in the language asked, with the arguments rendered for that
   * language (code-list values as their labels).
   *
   * @param locale French (default; every language but English) or English
   * @return the message, without severity, id or location
   */
  public String message(Locale locale) {
    return rule.message(locale, messageKey, arguments);
  }

  /**
   * Renders the whole finding on one line: severity, rule id, pointer, line, message.
   *
   * @param locale French (default) or English
   * @return for example {@code ERREUR CLS-SIG-001 /signataires (ligne 42) : aucune ARS ne signe…}
   */
  public String format(Locale locale) {
    String where = pointer.isEmpty() ? "/" : pointer;
    return line > 0
        ? Texts.format(locale, "finding.line", severity.label(locale), rule.id(), where, line, message(locale))
        : Texts.format(locale, "finding", severity.label(locale), rule.id(), where, message(locale));
  }

  /**
   * Returns the finding formatted in French.
   *
   * @return {@link #format(Locale)} in French
   */
  @Override
  public String toString() {
    return format(Locale.FRENCH);
  }

  Rule rule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && f.rule.id().equals(rule.id()) && f.severity == severity
        && f.pointer.equals(pointer) && f.line == line && f.column == column
        && f.messageKey.equals(messageKey) && f.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), severity, pointer, line, column, messageKey, arguments);
  }
}
