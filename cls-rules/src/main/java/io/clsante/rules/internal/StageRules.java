package io.clsante.rules.internal;

import io.clsante.model.json.JsonProblem;
import io.clsante.model.json.SchemaKeyword;
import io.clsante.model.json.StructuralProblem;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.BundleRule;
import io.clsante.rules.spi.Rule;
import io.clsante.rules.spi.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of the stages before the business rules: reading the JSON, the JSON Schema, binding
 * and the structural constraints. The validator reports their findings itself; their
 * {@code check} does nothing. They exist so that every finding has a documented rule.
 */
public final class StageRules {
  /** The bundle of the library's rule texts. */
  public static final String BUNDLE = "io.clsante.rules.messages";

  /** A rule failed with an exception: a bug to report, never a property of the document. */
  public static final Rule INTERNAL = new StageRule("CLS-INT-001");

  /** A structural constraint (Jakarta Validation) is broken. */
  public static final Rule CONSTRAINT = new StructuralRule("CLS-CNT-001");

  private static final Map<JsonProblem, Rule> JSON = new LinkedHashMap<>();
  private static final Map<SchemaKeyword, Rule> SCHEMA = new LinkedHashMap<>();

  static {
    for (JsonProblem p : JsonProblem.values()) {
      JSON.put(p, new StructuralRule(p.ruleId()));
    }
    // The rule of each keyword is stated once, by the model's SchemaKeyword.
    for (SchemaKeyword k : SchemaKeyword.values()) {
      SCHEMA.put(k, new StructuralRule(k.ruleId()));
    }
  }

  private StageRules() {}

  /**
   * Returns the rule of a JSON reading problem.
   *
   * @param problem the problem
   * @return its rule, CLS-JSON-0xx
   */
  public static Rule json(JsonProblem problem) {
    return JSON.get(problem);
  }

  /**
   * Returns the rule of a JSON Schema keyword.
   *
   * @param keyword the keyword that failed, for example {@code required}
   * @return its rule, CLS-SCH-0xx
   */
  public static Rule schema(String keyword) {
    return SCHEMA.get(SchemaKeyword.of(keyword));
  }

  /**
   * Returns the stage rule of a rule id that the structural pass reports.
   *
   * @param ruleId for example {@code CLS-SCH-001}
   * @return its rule
   * @throws IllegalArgumentException if no stage rule has that id
   */
  public static Rule of(String ruleId) {
    Rule rule = BY_ID.get(ruleId);
    if (rule == null) {
      throw new IllegalArgumentException("no stage rule " + ruleId);
    }
    return rule;
  }

  /**
   * Returns every stage rule, in id order.
   *
   * @return an immutable list
   */
  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>(JSON.values());
    all.addAll(SCHEMA.values());
    all.add(CONSTRAINT);
    all.add(INTERNAL);
    return Collections.unmodifiableList(all);
  }

  private static final Map<String, Rule> BY_ID = all().stream()
      .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  /** A rule whose findings the validator reports itself; its texts are in the rules' bundle. */
  private static class StageRule extends BundleRule {
    StageRule(String id) {
      super(id, Severity.ERROR, BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      // Reported by the validator's stages, not by inspecting the model.
    }
  }

  /** A rule of the structural pass: its findings' messages are keys of the model's bundle. */
  private static final class StructuralRule extends StageRule {
    StructuralRule(String id) {
      super(id);
    }

    @Override
    public String message(Locale locale, String key, List<?> arguments) {
      return StructuralProblem.message(key, arguments, locale);
    }
  }
}
