package io.clsante.rules.internal;

import io.clsante.model.json.JsonProblem;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.BundleRule;
import io.clsante.rules.spi.Rule;
import io.clsante.rules.spi.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  public static final Rule CONSTRAINT = new StageRule("CLS-CNT-001");

  private static final Map<JsonProblem, Rule> JSON = new LinkedHashMap<>();
  private static final Map<String, Rule> SCHEMA = new LinkedHashMap<>();

  /** The schema keywords that have a rule of their own; the others share CLS-SCH-099. */
  private static final List<String> SCHEMA_KEYWORDS = List.of(
      "required", "additionalProperties", "type", "enum", "pattern", "format", "const",
      "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems");

  static {
    for (JsonProblem p : JsonProblem.values()) {
      JSON.put(p, new StageRule(p.ruleId()));
    }
    for (int i = 0; i < SCHEMA_KEYWORDS.size(); i++) {
      // Three digits by hand: String.format would load the JDK's formatter and locale data.
      int n = i + 1;
      String id = new StringBuilder(n < 10 ? "CLS-SCH-00" : "CLS-SCH-0").append(n).toString();
      SCHEMA.put(SCHEMA_KEYWORDS.get(i), new StageRule(id));
    }
    SCHEMA.put("*", new StageRule("CLS-SCH-099"));
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
    Rule r = SCHEMA.get(keyword);
    return r != null ? r : SCHEMA.get("*");
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

  private static final class StageRule extends BundleRule {
    StageRule(String id) {
      super(id, Severity.ERROR, BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      // Reported by the validator's stages, not by inspecting the model.
    }
  }
}
