package io.clsante.rules.spi;

import io.clsante.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * A rule checks one thing about a contract and reports what it finds through its
 * {@link RuleContext}; it never throws for a bad document.
 *
 * <p>A rule has a stable {@linkplain #id() id} (for example {@code CLS-SIG-001}; applications use
 * their own prefix), a default severity that profiles may override, a one-line summary, a rationale
 * (the legal or practical reason) and messages, each in French and English. A finding keeps the key
 * of its message and its typed arguments; the rule renders them on demand, in the language asked.
 * Most rules extend {@link BundleRule}, which reads the texts from a resource bundle.
 *
 * <p>Applications add rules by passing them to {@code ClsValidator.Builder.addRule} or by declaring
 * them as {@code java.util.ServiceLoader} services of this interface. Implementations must be
 * immutable and thread-safe: one instance checks many documents, possibly at the same time.
 */
public interface Rule {

  /**
   * Returns the stable id of this rule, reported with every finding.
   *
   * @return for example {@code CLS-SIG-001}; upper-case letters, digits and {@code -}
   */
  String id();

  /**
   * Returns the severity of this rule's findings unless a profile overrides it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns a one-line summary of what this rule requires.
   *
   * @param locale French or English
   * @return the summary, for example "Une ARS signe le contrat."
   */
  String summary(Locale locale);

  /**
   * Returns why this rule exists: the law, the guideline or the practical reason behind it.
   *
   * @param locale French or English
   * @return the rationale
   */
  String rationale(Locale locale);

  /**
   * Renders the message of one finding of this rule.
   *
   * @param locale French or English
   * @param key the key of the message the rule reported with, {@code <id>.message} unless it chose
   *     another through {@link RuleContext#reportWith}
   * @param arguments the typed arguments the rule gave when reporting, in order
   * @return the message
   */
  String message(Locale locale, String key, List<?> arguments);

  /**
   * Checks a contract and reports each problem through the context.
   *
   * @param context the contract, the referential, the reference date and the report sink
   */
  void check(RuleContext context);
}
