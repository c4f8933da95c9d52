package io.clsante.testkit.oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.testkit.ContratGenere;
import io.clsante.testkit.junit.ContratsGeneres;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Contracts built in code go through the structural checks of {@code ClsValidator.validate(contrat)},
 * and Hibernate Validator, on the model's annotations, finds problems at the same pointers: none on
 * a generated contract, exactly the expected one on a contract changed in code to break (or just
 * meet) each kind of constraint.
 */
class ModelOracleTest {
  // Case i applies model mutations i and i+1 (modulo the list) to a generated contract.
  @ContratsGeneres(nombre = 200, taille = 4, graine = Corpus.MODEL)
  void contractBuiltInCode_sameProblemsForHibernateValidatorAndTheStructuralChecks(ContratGenere cas) {
    assertEquals(Set.of(), pointers(HibernateValidatorOracle.validate(cas.contrat())), cas + " as generated");
    assertEquals(Set.of(), pointers(StructuralStage.validate(cas.contrat())), cas + " as generated");
    int i = (int) (cas.graine() - Corpus.MODEL);
    for (int k = 0; k < 2; k++) {
      ModelMutations.ModelMutation m = ModelMutations.ALL.get((i + k) % ModelMutations.ALL.size());
      ContratLocalDeSante changed = m.change().apply(cas.contrat());
      Set<String> expected = m.pointer() == null ? Set.of() : Set.of(m.pointer());
      assertEquals(expected, pointers(HibernateValidatorOracle.validate(changed)), cas + " " + m + ": Hibernate Validator");
      assertEquals(expected, pointers(StructuralStage.validate(changed)), cas + " " + m + ": structural checks");
    }
  }

  private static Set<String> pointers(List<Located> problems) {
    return problems.stream().map(Located::pointer).collect(Collectors.toCollection(TreeSet::new));
  }
}
