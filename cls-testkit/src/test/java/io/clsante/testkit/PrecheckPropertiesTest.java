package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.testkit.junit.ContratsGeneres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the validator change nothing but time: with and without
 * {@link ClsValidator.Builder#prechecks(boolean)}, the reports are identical (the same findings in
 * the same order, the same JSON), on generated contracts, on every mutation of them, on the reference
 * contracts and on documents the schema rejects.
 */
class PrecheckPropertiesTest {
  private static final ClsValidator FAST =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
  private static final ClsValidator ENGINES =
      ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).prechecks(false).build();
  private static final List<Mutation> MUTATIONS = Mutations.catalog();
  /** Each mutation applied, and how many of its mutants the schema rejected. */
  private static final MutationTally APPLIED = new MutationTally();
  private static final AtomicInteger VALID = new AtomicInteger();
  private static final AtomicInteger INVALID = new AtomicInteger();

  private static void assertSameReports(String source, byte[] json) {
    Report expected = ENGINES.validate(source, json);
    Report fast = FAST.validate(source, json);
    assertEquals(expected.findings(), fast.findings(), source);
    assertEquals(expected.toJson(), fast.toJson(), source);
    (expected.isValid() ? VALID : INVALID).incrementAndGet();
  }

  @ContratsGeneres(nombre = 1000, taille = 6, graine = 6_000_000)
  void generatedContract_sameReportWithAndWithoutPrechecks(ContratGenere cas) {
    assertSameReports(cas.toString(), cas.json());
  }

  // The seeds of LibraryPropertiesTest, which apply every mutation at least five times.
  @ContratsGeneres(nombre = 1200, taille = 6, graine = 4_000_000)
  void mutatedContract_sameReportWithAndWithoutPrechecks(ContratGenere cas) {
    MutationTally.Applied a = APPLIED.apply(MUTATIONS, cas, 4_000_000);
    assertSameReports(cas + " " + a.mutation().nom(), a.mutant().json());
  }

  @AfterAll
  static void everyMutation_wasApplied_andBothVerdictsOccurred() {
    if (APPLIED.isEmpty()) {
      return; // the mutation test did not run (a single test selected)
    }
    assertEquals(List.of(), APPLIED.rarerThan(MUTATIONS, 5), "mutations applied fewer than 5 times");
    assertTrue(VALID.get() > 0 && INVALID.get() >= 1000, "valid " + VALID + ", invalid " + INVALID);
  }

  @Test
  void referenceContracts_andSchemaRejections_sameReportWithAndWithoutPrechecks() {
    for (String nom : ContratsDeReference.noms()) {
      String texte = ContratsDeReference.texte(nom);
      assertSameReports(nom, texte.getBytes(StandardCharsets.UTF_8));
      // One change the schema refuses at each of a few places: a property of the root, of a
      // nested object, a type and a pattern.
      for (String[] change : new String[][] {
          {"\"identifiant\": \"", "\"identifiant\": \" "},
          {"\"intitule\": \"", "\"inconnue\": 1, \"intitule\": \""},
          {"\"nature\": \"", "\"nature\": 1, \"x\": \""},
          {"\"siren\": \"", "\"siren\": \"x"}}) {
        if (texte.contains(change[0])) {
          assertSameReports(nom + " " + change[1],
              texte.replaceFirst(java.util.regex.Pattern.quote(change[0]), change[1]).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }
}
