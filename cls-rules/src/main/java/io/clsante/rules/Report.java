package io.clsante.rules;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of validating one document: every finding of every stage (parsing, JSON Schema,
 * binding, constraints, rules) in document order, and whether the document is valid — that is,
 * has no {@link Severity#ERROR}.
 *
 * <p>A report renders its messages in its {@linkplain #locale() locale} and serialises to JSON
 * ({@link #toJson()}) and SARIF 2.1.0 ({@link #toSarif(List, Locale)}). Immutable and thread-safe.
 */
public final class Report {
  /** Document order: line, column (findings without either last), pointer, severity, rule id. */
  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt((Finding f) -> f.line().orElse(Integer.MAX_VALUE))
      .thenComparingInt(f -> f.column().orElse(Integer.MAX_VALUE))
      .thenComparing(Finding::pointer)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::ruleId);


  private final String source;
  private final Locale locale;
  private final List<Finding> findings;

  Report(String source, Locale locale, List<Finding> findings) {
    this.source = Objects.requireNonNull(source, "source");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.findings = findings.stream().sorted(ORDER).toList();
  }

  /**
   * Returns the name of the validated document, as given to the validator.
   *
   * @return for example a file path, or {@code <entrée>} when none was given
   */
  public String source() {
    return source;
  }

  /**
   * Returns the locale messages are rendered in.
   *
   * @return French or English
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns every finding, ordered by position in the document.
   *
   * @return an immutable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity
   * @return an immutable list, in document order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Tells whether the document is valid: it has no ERROR finding.
   *
   * @return true when valid
   */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Counts the findings of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the distinct ids of the rules that reported something.
   *
   * @return a sorted, immutable set
   */
  public Set<String> ruleIds() {
    Set<String> ids = findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Returns this report as a JSON object: {@code source}, {@code valid}, counts per severity and
   * {@code findings}, each with {@code ruleId}, {@code severity}, {@code pointer}, {@code message}
   * (rendered in the report's locale), {@code messageKey}, {@code arguments} and, when known,
   * {@code line} and {@code column}. The arguments are written as data: a code-list value as its
   * code, a number or an amount as a JSON number, a list as an array, a message key as its key,
   * anything else (dates, identifiers, texts) as a string.
   *
   * @return the JSON object, to embed or print
   */
  public ObjectNode toJsonNode() {
    return ReportJson.write(this);
  }

  /**
   * Returns {@link #toJsonNode()} as compact JSON text.
   *
   * @return the JSON text
   */
  public String toJson() {
    return toJsonNode().toString();
  }

  /**
   * Returns this report alone as a SARIF 2.1.0 log.
   *
   * @return the SARIF JSON text
   */
  public String toSarif() {
    return toSarif(List.of(this), locale);
  }

  /**
   * Returns several reports as one SARIF 2.1.0 log, one result per finding, with the rules that
   * reported them described in the tool's driver.
   *
   * @param reports the reports
   * @param locale the language of the messages
   * @return the SARIF JSON text
   */
  public static String toSarif(List<Report> reports, Locale locale) {
    return Sarif.write(reports, locale);
  }

  /**
   * Returns the source and whether it is valid, then the findings as lines of text, one per
   * finding, in the report's locale.
   *
   * @return for example {@code cls.json : invalide} followed by the findings, each formatted with
   *     {@link Finding#format(Locale)}
   */
  @Override
  public String toString() {
    String heading = Texts.format(locale, isValid() ? "report.valid" : "report.invalid", source);
    return findings.stream().map(f -> "\n  " + f.format(locale)).collect(Collectors.joining("", heading, ""));
  }
}
