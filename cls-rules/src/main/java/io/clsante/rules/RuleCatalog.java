package io.clsante.rules;

import io.clsante.rules.internal.BuiltInRules;
import io.clsante.rules.internal.StageRules;
import io.clsante.rules.spi.Rule;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The list of rules a validator knows: the stage rules (reading, JSON Schema, constraints), the
 * library's business rules, and any rule an application adds. Every finding's rule id is in it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleCatalog {
  private static final RuleCatalog BUILT_IN = new RuleCatalog(concat(StageRules.all(), BuiltInRules.all()));

  private final List<Rule> rules;

  private RuleCatalog(List<Rule> rules) {
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Two rules have the id " + r.id());
      }
    }
    this.rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
  }

  /**
   * Returns the catalog of the library's own rules.
   *
   * @return the built-in catalog
   */
  public static RuleCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns this catalog with more rules.
   *
   * @param more the rules to add
   * @return a catalog with those rules too (this catalog when there are none: it is immutable)
   * @throws IllegalArgumentException if a rule's id is already in the catalog
   */
  public RuleCatalog with(List<? extends Rule> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new RuleCatalog(concat(rules, more));
  }

  /**
   * Returns every rule, sorted by id.
   *
   * @return an immutable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the business rules: those a validator runs on a bound contract (not the stage rules).
   *
   * @return an immutable list, sorted by id
   */
  public List<Rule> businessRules() {
    Set<Rule> stage = Set.copyOf(StageRules.all());
    return rules.stream().filter(r -> !stage.contains(r)).toList();
  }

  /**
   * Finds a rule by id.
   *
   * @param id for example {@code CLS-SIG-001}
   * @return the rule, or empty when the catalog has none with that id
   */
  public Optional<Rule> find(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns the catalog as JSON, the form {@code cls rules --format json} prints and the HTTP API
   * serves: one object per rule, sorted by id, with {@code id}, {@code severity} (under the profile:
   * {@code ERROR}, {@code WARNING}, {@code INFO}, or {@code OFF} when the profile disables it),
   * {@code defaultSeverity}, {@code summary} and {@code rationale} in the requested language.
   *
   * @param profile the profile that sets each rule's severity
   * @param locale the language of the summaries and rationales (French or English)
   * @return a new JSON array
   */
  public ArrayNode toJsonNode(Profile profile, Locale locale) {
    ArrayNode list = JsonMapper.shared().createArrayNode();
    for (Rule r : rules) {
      ObjectNode o = list.addObject();
      o.put("id", r.id());
      o.put("severity", profile.severityOf(r.id(), r.defaultSeverity()).map(Severity::name).orElse(Profile.OFF));
      o.put("defaultSeverity", r.defaultSeverity().name());
      o.put("summary", r.summary(locale));
      o.put("rationale", r.rationale(locale));
    }
    return list;
  }

  /**
   * Returns the ids of this catalog closest to an id it does not know, for the message that refuses
   * it: those at the smallest distance within two edits (a character added, removed or changed),
   * ignoring case. For {@code CLS-AXE-04}: {@code [CLS-AXE-004]}.
   *
   * @param id an id, usually one the catalog does not have
   * @return at most three ids, sorted; empty when none is within two edits
   */
  List<String> closeTo(String id) {
    String wanted = id.toUpperCase(Locale.ROOT);
    Map<Integer, List<String>> byDistance = rules.stream().map(Rule::id)
        .collect(Collectors.groupingBy(r -> distance(wanted, r), TreeMap::new, Collectors.toList()));
    return byDistance.entrySet().stream().filter(e -> e.getKey() <= 2).findFirst()
        .map(e -> e.getValue().stream().limit(3).toList()).orElse(List.of());
  }

  /** Levenshtein distance; ids are short, so the plain two-row table is enough. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static List<Rule> concat(List<? extends Rule> a, List<? extends Rule> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
  }
}
