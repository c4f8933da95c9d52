package io.clsante.rules;

import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem found in a document: the id of the rule that found it, its severity, where it is (a
 * JSON Pointer and, when the input was text, a line and column) and a message rendered on demand in
 * French or English from the rule's message and the finding's arguments.
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
  private final List<String> arguments;

  Finding(Rule rule, Severity severity, String pointer, int line, int column, List<String> arguments) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
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
   * Returns the key of the message in the rule's bundle.
   *
   * @return {@code <ruleId>.message}
   */
  public String messageKey() {
    return rule.id() + ".message";
  }

  /**
   * Returns the arguments of the message, as text.
   *
   * @return an immutable list
   */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * Renders the message.
   *
   * @param locale French (default) or English
   * @return the message, without severity, id or location
   */
  public String message(Locale locale) {
    return rule.message(locale, arguments);
  }

  /**
   * Renders the whole finding on one line: severity, rule id, pointer, line, message.
   *
   * @param locale French (default) or English
   * @return for example {@code ERREUR CLS-SIG-001 /signataires (ligne 42) : aucune ARS ne signe…}
   */
  public String format(Locale locale) {
    boolean en = locale != null && "en".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder()
        .append(severity.label(locale)).append(' ').append(rule.id()).append(' ')
        .append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      sb.append(en ? " (line " : " (ligne ").append(line).append(')');
    }
    return sb.append(en ? ": " : " : ").append(message(locale)).toString();
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
        && f.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), severity, pointer, line, column, arguments);
  }
}
