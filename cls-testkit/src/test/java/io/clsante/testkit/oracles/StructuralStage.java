package io.clsante.testkit.oracles;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.testkit.ContratGenerator;
import java.util.List;

/**
 * The library's structural stage as the engines are compared with it: the findings of
 * {@link ClsValidator} whose rule id is a reader's ({@code CLS-JSON}), the schema's
 * ({@code CLS-SCH}) or a constraint's ({@code CLS-CNT}). The business rules are left out.
 */
final class StructuralStage {
  private static final ClsValidator VALIDATOR =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();

  private StructuralStage() {}

  /** The structural findings of a document. */
  static List<Located> validate(byte[] json) {
    return structural(VALIDATOR.validate(json));
  }

  /** The structural findings of a contract built in code. */
  static List<Located> validate(ContratLocalDeSante contrat) {
    return structural(VALIDATOR.validate(contrat));
  }

  private static List<Located> structural(Report report) {
    return report.findings().stream()
        .filter(f -> isStructural(f.ruleId()))
        .map(StructuralStage::located)
        .toList();
  }

  static boolean isStructural(String ruleId) {
    return ruleId.startsWith("CLS-JSON-") || ruleId.startsWith("CLS-SCH-") || ruleId.startsWith("CLS-CNT-");
  }

  private static Located located(Finding f) {
    return new Located(f.pointer(), f.ruleId());
  }
}
