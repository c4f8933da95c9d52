package io.clsante.schema;

import io.clsante.model.json.StructuralProblem;
import java.util.Collection;
import java.util.List;

/**
 * One problem written as the tables of this module and the oracles write it: {@code "pointer
 * keyword"}, with the property for {@code required} and {@code additionalProperties}, for example
 * {@code "/acteurs/0 required type"}; {@code " type"} for the whole document.
 */
final class ProblemKeys {
  private ProblemKeys() {}

  /** The rule ids of the problems the published schema reports; the others are the model's. */
  static final String SCHEMA_RULES = "CLS-SCH-";

  static String key(String pointer, String keyword, String property) {
    boolean named = keyword.equals("required") || keyword.equals("additionalProperties");
    return pointer + " " + keyword + (named ? " " + property : "");
  }

  static String key(StructuralProblem p) {
    return key(p.pointer(), p.keyword(), p.arguments().isEmpty() ? "" : String.valueOf(p.arguments().get(0)));
  }

  /** Every problem, sorted: a problem reported twice shows twice. */
  static List<String> keys(Collection<StructuralProblem> problems) {
    return problems.stream().map(ProblemKeys::key).sorted().toList();
  }

  /** The problems of the schema's keywords only ({@code CLS-SCH-…}), sorted: what an engine reports. */
  static List<String> schemaKeys(Collection<StructuralProblem> problems) {
    return problems.stream().filter(ProblemKeys::ofTheSchema).map(ProblemKeys::key).sorted().toList();
  }

  static boolean ofTheSchema(StructuralProblem p) {
    return p.ruleId().startsWith(SCHEMA_RULES);
  }
}
