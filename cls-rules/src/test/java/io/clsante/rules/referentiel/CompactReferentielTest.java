package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled referential (compact layout) against the eager reader of the same data in the public
 * text format, both written by {@code tools/referentiel/convert.mjs}: every query of the interface,
 * for every code present in the data and for every other well-formed code of each part, answers the
 * same.
 */
class CompactReferentielTest {
  private static ReferentielTerritorial eager;
  private static ExecutorService threads;

  @BeforeAll
  static void readPublicFormat() throws IOException {
    try (InputStream in = Cog2026Properties.resource()) {
      eager = ReferentielTerritorial.load(in);
    }
    threads = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
  }

  /** A referential of its own, so that each test meets it before any lookup. */
  private static ReferentielTerritorial fresh() {
    ReferentielTerritorial compact = BundledReferentiels.loadResource("cog-2026", 2026);
    assertTrue(compact instanceof CompactReferentiel, compact::toString);
    return compact;
  }

  /**
   * Every well-formed commune code that starts like a code of the data: all of them for each
   * département prefix (present and absent ones), and each overseas prefix 970 to 989.
   */
  private static List<CodeCommune> communeCodes() {
    List<String> prefixes = new ArrayList<>();
    for (Departement departement : eager.departements()) {
      String code = departement.code().toString();
      if (code.length() == 2) {
        prefixes.add(code);
      }
    }
    for (int prefix = 970; prefix <= 989; prefix++) {
      prefixes.add(Integer.toString(prefix));
    }
    List<CodeCommune> codes = new ArrayList<>();
    for (String prefix : prefixes) {
      int count = prefix.length() == 2 ? 1000 : 100;
      for (int n = 0; n < count; n++) {
        String code = prefix + String.format(prefix.length() == 2 ? "%03d" : "%02d", n);
        if (CodeCommune.isValid(code)) {
          codes.add(CodeCommune.parse(code));
        }
      }
    }
    return codes;
  }

  /** Every well-formed département code: two digits, 2A, 2B, and 970 to 989. */
  private static List<CodeDepartement> departementCodes() {
    List<String> candidates = new ArrayList<>(List.of("2A", "2B"));
    for (int n = 0; n < 100; n++) {
      candidates.add(String.format("%02d", n));
    }
    for (int n = 970; n <= 989; n++) {
      candidates.add(Integer.toString(n));
    }
    List<CodeDepartement> codes = new ArrayList<>();
    for (String code : candidates) {
      if (CodeDepartement.isValid(code)) {
        codes.add(CodeDepartement.parse(code));
      }
    }
    return codes;
  }

  private static List<CodeRegion> regionCodes() {
    List<CodeRegion> codes = new ArrayList<>();
    for (int n = 0; n < 100; n++) {
      String code = String.format("%02d", n);
      if (CodeRegion.isValid(code)) {
        codes.add(CodeRegion.parse(code));
      }
    }
    return codes;
  }

  /** The SIREN of every EPCI, and those of the communes, which are no EPCI. */
  private static List<Siren> sirens() {
    List<Siren> sirens = new ArrayList<>();
    for (Epci epci : eager.epcis()) {
      sirens.add(epci.siren());
    }
    for (Commune commune : eager.communes()) {
      commune.siren().ifPresent(sirens::add);
    }
    return sirens;
  }

  @Test
  void coversPresentAndAbsentCodes() {
    // The comparisons below would prove little on codes that are all present or all absent.
    List<CodeCommune> codes = communeCodes();
    long present = codes.stream().filter(code -> eager.commune(code).isPresent()).count();
    long delegated =
        codes.stream().filter(code -> eager.communeDelegueeOuAssociee(code).isPresent()).count();
    assertAll(
        () -> assertEquals(eager.communes().size(), present),
        () -> assertEquals(eager.communesDelegueesOuAssociees().size(), delegated),
        () -> assertTrue(codes.size() > 2 * present, () -> codes.size() + " codes"),
        () -> assertEquals(eager.departements().size(),
            departementCodes().stream().filter(c -> eager.departement(c).isPresent()).count()),
        () -> assertNotEquals(regionCodes().size(), eager.regions().size()));
  }

  @Test
  void answersAsTheEagerReaderForEveryCommuneCode() {
    ReferentielTerritorial compact = fresh();
    List<String> differences = new ArrayList<>();
    for (CodeCommune code : communeCodes()) {
      compare(differences, "commune " + code, eager.commune(code), compact.commune(code));
      compare(differences, "communeDelegueeOuAssociee " + code,
          eager.communeDelegueeOuAssociee(code), compact.communeDelegueeOuAssociee(code));
      compare(differences, "communeActuelle " + code, eager.communeActuelle(code),
          compact.communeActuelle(code));
      compare(differences, "epciDeCommune " + code, eager.epciDeCommune(code),
          compact.epciDeCommune(code));
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void answersAsTheEagerReaderForEveryEpciDepartementAndRegionCode() {
    ReferentielTerritorial compact = fresh();
    List<String> differences = new ArrayList<>();
    for (Siren siren : sirens()) {
      compare(differences, "epci " + siren, eager.epci(siren), compact.epci(siren));
    }
    for (CodeDepartement code : departementCodes()) {
      compare(differences, "departement " + code, eager.departement(code),
          compact.departement(code));
    }
    for (CodeRegion code : regionCodes()) {
      compare(differences, "region " + code, eager.region(code), compact.region(code));
    }
    assertEquals(List.of(), differences);
  }

  private static void compare(List<String> differences, String query, Object expected,
      Object actual) {
    if (!expected.equals(actual)) {
      differences.add(query + " : " + expected + " attendu, " + actual + " obtenu");
    }
  }

  @Test
  void listsEqualThoseOfTheEagerReader() {
    ReferentielTerritorial compact = fresh();
    assertAll(
        () -> assertEquals(eager.millesime(), compact.millesime()),
        () -> assertSameElements(eager.regions(), compact.regions()),
        () -> assertSameElements(eager.departements(), compact.departements()),
        () -> assertSameElements(eager.communes(), compact.communes()),
        () -> assertSameElements(eager.communesDelegueesOuAssociees(),
            compact.communesDelegueesOuAssociees()),
        () -> assertSameElements(eager.epcis(), compact.epcis()),
        () -> assertEquals(eager.toString(), compact.toString()));
  }

  /** As assertEquals on the lists, with a message that names the first difference only. */
  private static void assertSameElements(List<?> expected, List<?> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "élément " + i);
    }
    assertEquals(expected.size(), actual.size(), "taille");
    assertEquals(expected, actual);
  }

  @Test
  void listsAreBuiltOnceAndShareTheRecordsOfTheLookups() {
    ReferentielTerritorial compact = fresh();
    Commune auch = compact.commune(CodeCommune.parse("32013")).orElseThrow();
    List<Commune> communes = compact.communes();
    assertSame(communes, compact.communes());
    assertSame(auch, communes.get(communes.indexOf(auch)));
    assertSame(compact.epcis(), compact.epcis());
  }

  @Test
  void eightThreadsMakingTheirFirstLookupsTogetherGetTheSameRecords() throws Exception {
    List<Object> queries = new ArrayList<>();
    // Communes of a few parts, each with EPCI members in other parts, delegated communes and
    // arrondissements, and every EPCI, département and région.
    for (CodeCommune code : communeCodes()) {
      String text = code.toString();
      if (text.startsWith("32") || text.startsWith("07") || text.startsWith("13")
          || text.startsWith("69") || text.startsWith("974")) {
        queries.add(code);
      }
    }
    for (Epci epci : eager.epcis()) {
      queries.add(epci.siren());
    }
    queries.addAll(departementCodes());
    queries.addAll(regionCodes());
    List<Object> expected = answers(eager, queries);
    for (int round = 0; round < 3; round++) {
      ReferentielTerritorial compact = fresh();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        // Each thread in its own order, so that they meet on different entries first.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(31L * round + t));
        results.add(threads.submit(() -> {
          start.await();
          Object[] answers = new Object[queries.size()];
          for (int i : order) {
            answers[i] = answer(compact, queries.get(i));
          }
          return List.of(answers);
        }));
      }
      start.countDown();
      List<Object> first = results.get(0).get(60, TimeUnit.SECONDS);
      assertEquals(expected, first);
      for (Future<List<Object>> result : results) {
        List<Object> answers = result.get(60, TimeUnit.SECONDS);
        for (int i = 0; i < answers.size(); i++) {
          Optional<?> answer = (Optional<?>) answers.get(i);
          if (answer.isPresent()) {
            assertSame(((Optional<?>) first.get(i)).get(), answer.get(), queries.get(i)::toString);
          } else {
            assertEquals(Optional.empty(), first.get(i));
          }
        }
      }
    }
  }

  private static List<Object> answers(ReferentielTerritorial referentiel, List<Object> queries) {
    List<Object> answers = new ArrayList<>();
    for (Object query : queries) {
      answers.add(answer(referentiel, query));
    }
    return answers;
  }

  private static Object answer(ReferentielTerritorial referentiel, Object query) {
    if (query instanceof CodeCommune code) {
      Optional<Commune> commune = referentiel.commune(code);
      return commune.isPresent() ? commune : referentiel.communeDelegueeOuAssociee(code);
    } else if (query instanceof Siren siren) {
      return referentiel.epci(siren);
    } else if (query instanceof CodeDepartement code) {
      return referentiel.departement(code);
    } else if (query instanceof CodeRegion code) {
      return referentiel.region(code);
    }
    throw new IllegalArgumentException("requête inconnue " + query);
  }
}
