package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Profile;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.Rule;
import io.clsante.schema.ClsSchema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalog of mutations covers every error a document can cause, and each mutation is well-formed. */
class MutationsTest {
  /** ERROR rules that no document can cause through the validator; the Mutations Javadoc says why. */
  private static final Set<String> UNREACHABLE = Set.of("CLS-INT-001", "CLS-JSON-005", "CLS-JSON-006",
      "CLS-JSON-010", "CLS-SCH-006", "CLS-SCH-007", "CLS-SCH-008", "CLS-SCH-012", "CLS-SCH-013", "CLS-SCH-099");

  /** The JSON Schema keywords that CLS-SCH-001 to CLS-SCH-013 report, in order. */
  private static final List<String> KEYWORDS = List.of("required", "additionalProperties", "type", "enum",
      "pattern", "format", "const", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems");

  @Test
  void catalog_hasAMutationForEveryErrorRuleADocumentCanBreak() {
    Set<String> errors = new TreeSet<>();
    for (Rule r : ClsValidator.standard().catalog().rules()) {
      if (Profile.national().severityOf(r.id(), r.defaultSeverity()).orElse(null) == Severity.ERROR) {
        errors.add(r.id());
      }
    }
    assertTrue(errors.containsAll(UNREACHABLE), "an unreachable rule is no longer an ERROR rule");
    errors.removeAll(UNREACHABLE);
    Set<String> covered = Mutations.catalog().stream().map(Mutation::ruleId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(errors);
    missing.removeAll(covered);
    assertEquals(Set.of(), missing, "ERROR rules without a mutation");
    Set<String> unknown = new TreeSet<>(covered);
    unknown.removeAll(errors);
    assertEquals(Set.of(), unknown, "mutations expecting rules that are not ERROR rules");
  }

  @Test
  void schemaKeywords_usedByThePublishedSchema_allHaveAMutation() {
    Set<String> used = new TreeSet<>();
    keywords(ClsJson.defaults().mapper().readTree(ClsSchema.standard().text()), used);
    Set<String> covered = Mutations.catalog().stream().map(Mutation::ruleId).collect(Collectors.toSet());
    for (int i = 0; i < KEYWORDS.size(); i++) {
      String rule = String.format("CLS-SCH-%03d", i + 1);
      if (used.contains(KEYWORDS.get(i))) {
        assertTrue(covered.contains(rule), KEYWORDS.get(i) + " is used by the schema but " + rule + " has no mutation");
      } else {
        assertTrue(UNREACHABLE.contains(rule), KEYWORDS.get(i) + " is not used by the schema: " + rule + " cannot fire");
      }
    }
    Set<String> validation = new HashSet<>(used);
    validation.removeAll(Set.of("$schema", "$id", "$ref", "$defs", "$comment", "properties", "items", "title",
        "description", "default", "examples"));
    validation.removeAll(KEYWORDS);
    assertEquals(Set.of(), validation, "schema keywords no rule maps: they would be reported as CLS-SCH-099");
  }

  @Test
  void mutations_haveUniqueNamesAndDescriptions() {
    List<Mutation> all = Mutations.catalog();
    assertEquals(all.size(), all.stream().map(Mutation::nom).distinct().count());
    for (Mutation m : all) {
      assertTrue(m.nom().matches("[a-z0-9-]+"), m.nom());
      assertFalse(m.description().isBlank(), m.nom());
      assertTrue(m.ruleId().matches("CLS-[A-Z]+-\\d{3}"), m.ruleId());
      assertEquals(m, Mutations.nommee(m.nom()));
    }
    assertThrows(IllegalArgumentException.class, () -> Mutations.nommee("absente"));
  }

  @Test
  void everyMutation_changesTheDocumentOfSomeSmallContract() {
    ContratGenerator g = ContratGenerator.standard();
    for (Mutation m : Mutations.catalog()) {
      Optional<Mutant> mutant = Optional.empty();
      ContratLocalDeSante c = null;
      for (int seed = 0; mutant.isEmpty() && seed < 200; seed++) {
        c = g.generate(seed, 6);
        mutant = m.apply(c);
      }
      assertTrue(mutant.isPresent(), m + " applies to none of 200 contracts");
      assertFalse(Arrays.equals(ClsJson.defaults().writeBytes(c), mutant.get().json()), m.nom());
      assertEquals(m, mutant.get().mutation());
      assertTrue(mutant.get().attendu().startsWith(m.ruleId() + " /"), mutant.get().attendu());
    }
  }

  @Test
  void catalogAtAnotherDate_causesItsErrorsAtThatDate() {
    LocalDate d = LocalDate.of(2031, 3, 15);
    ContratGenerator g = ContratGenerator.standard().withReferenceDate(d);
    ClsValidator v = ClsValidator.builder().referenceDate(d).build();
    Map<String, Mutation> byName = Mutations.catalog(d).stream().collect(Collectors.toMap(Mutation::nom, m -> m));
    for (String nom : List.of("signature-future", "realisation-future", "ars-d-une-autre-region")) {
      for (int seed = 0; seed < 40; seed++) {
        Optional<Mutant> mutant = byName.get(nom).apply(g.generate(seed, 5));
        if (mutant.isPresent()) {
          ReportAssertions.assertErrorsExactly(v.validate(mutant.get().json()), mutant.get().attendu());
        }
      }
    }
    assertTrue(Mutations.catalog(d).stream().map(Mutation::nom).collect(Collectors.toSet())
        .equals(Mutations.catalog().stream().map(Mutation::nom).collect(Collectors.toSet())));
  }

  /** Every property name of every schema object, except the names listed under "properties". */
  private static void keywords(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.add(e.getKey());
        if (e.getKey().equals("properties") || e.getKey().equals("$defs")) {
          e.getValue().forEach(child -> keywords(child, out));
        } else if (!Set.of("examples", "default", "const", "enum").contains(e.getKey())) {
          keywords(e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> keywords(child, out));
    }
  }
}
