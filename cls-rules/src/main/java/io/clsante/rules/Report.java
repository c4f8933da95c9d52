package io.clsante.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
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
  /**
   * Document order: line, column (findings without either last), pointer, severity, rule id. A
   * class rather than a chain of lambdas, each of which a fresh JVM would have to link first.
   */
  private static final Comparator<Finding> ORDER = new Comparator<>() {
    @Override
    public int compare(Finding a, Finding b) {
      int c = Integer.compare(a.line().orElse(Integer.MAX_VALUE), b.line().orElse(Integer.MAX_VALUE));
      if (c == 0) {
        c = Integer.compare(a.column().orElse(Integer.MAX_VALUE), b.column().orElse(Integer.MAX_VALUE));
      }
      if (c == 0) {
        c = a.pointer().compareTo(b.pointer());
      }
      if (c == 0) {
        c = a.severity().compareTo(b.severity());
      }
      return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
    }
  };

  /** Creates the JSON forms of reports; a node factory, not a mapper, which costs a set-up. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String source;
  private final Locale locale;
  private final List<Finding> findings;

  Report(String source, Locale locale, List<Finding> findings) {
    this.source = Objects.requireNonNull(source, "source");
    this.locale = Objects.requireNonNull(locale, "locale");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    this.findings = List.copyOf(sorted);
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
    List<Finding> found = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity() == severity) {
        found.add(f);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Tells whether the document is valid: it has no ERROR finding.
   *
   * @return true when valid
   */
  public boolean isValid() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts the findings of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the distinct ids of the rules that reported something.
   *
   * @return a sorted, immutable set
   */
  public Set<String> ruleIds() {
    Set<String> ids = new TreeSet<>();
    for (Finding f : findings) {
      ids.add(f.ruleId());
    }
    return ids;
  }

  /**
   * Returns this report as a JSON object: {@code source}, {@code valid}, counts per severity and
   * {@code findings}, each with {@code ruleId}, {@code severity}, {@code pointer}, {@code message}
   * and, when known, {@code line} and {@code column}.
   *
   * @return the JSON object, to embed or print
   */
  public ObjectNode toJsonNode() {
    ObjectNode o = NODES.objectNode();
    o.put("source", source);
    o.put("valid", isValid());
    o.put("errors", count(Severity.ERROR));
    o.put("warnings", count(Severity.WARNING));
    o.put("infos", count(Severity.INFO));
    ArrayNode list = o.putArray("findings");
    for (Finding f : findings) {
      ObjectNode j = list.addObject();
      j.put("ruleId", f.ruleId());
      j.put("severity", f.severity().name());
      j.put("pointer", f.pointer());
      j.put("message", f.message(locale));
      f.line().ifPresent(l -> j.put("line", l));
      f.column().ifPresent(c -> j.put("column", c));
    }
    return o;
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
   * Returns the findings as lines of text, one per finding, in French or English.
   *
   * @return the findings, each formatted with {@link Finding#format(Locale)}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source).append(isValid() ? " : valide" : " : invalide");
    for (Finding f : findings) {
      sb.append("\n  ").append(f.format(locale));
    }
    return sb.toString();
  }
}
