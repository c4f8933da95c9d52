package io.clsante.rules;

import io.clsante.rules.internal.BuiltInRules;
import io.clsante.rules.internal.StageRules;
import io.clsante.rules.spi.Rule;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  private static List<Rule> concat(List<? extends Rule> a, List<? extends Rule> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
  }
}
