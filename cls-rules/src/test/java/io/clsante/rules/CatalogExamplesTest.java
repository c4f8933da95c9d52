package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every business rule of the catalog must do, checked once for all families: stay quiet on
 * the valid base contract, and fire exactly once at the expected pointer on each of its examples
 * (the examples of {@code <Family>Examples}, also published in docs/regles.md), with its message
 * rendered in both languages: every key it uses exists, every placeholder has its argument.
 */
class CatalogExamplesTest {

  static Stream<Rule> businessRules() {
    return RuleCatalog.builtIn().businessRules().stream();
  }

  static Stream<RuleExample> examples() {
    return RuleReferencePageTest.allExamples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("businessRules")
  void everyRule_isQuietOnTheValidBaseContract(Rule rule) {
    assertEquals(List.of(), RuleHarness.check(rule, RuleHarness.base()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExample_firesItsRuleOnceAtItsPointer_withEveryArgumentShown(RuleExample e) {
    Rule rule = RuleCatalog.builtIn().find(e.ruleId()).orElseThrow();
    List<Finding> found = RuleHarness.check(rule, e.contrat(), e.today());
    assertEquals(1, found.size(), e.changeEn() + ": " + found);
    assertEquals(e.ruleId(), found.get(0).ruleId());
    assertEquals(e.pointer(), found.get(0).pointer(), e.changeEn());
    RuleHarness.assertRendered(found.get(0));
    assertTrue(!e.changeFr().isBlank() && !e.changeEn().isBlank(), e.ruleId());
  }
}
