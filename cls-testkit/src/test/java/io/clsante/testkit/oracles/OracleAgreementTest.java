package io.clsante.testkit.oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.testkit.Mutations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The general-purpose engines agree with the library's structural stage (the {@code CLS-JSON},
 * {@code CLS-SCH} and {@code CLS-CNT} findings of {@code ClsValidator.validate(byte[])}) on the
 * verdict and on the pointer of every problem, over the documents of {@link Corpus}: the reference
 * examples, generated contracts, every mutation of the testkit, contracts changed in code, seeded
 * one-value changes of generated documents and the fuzz corpora.
 *
 * <ul>
 *   <li>A document that is not one well-formed JSON value for Jackson's parser is refused by the
 *       stage's reader too.
 *   <li>networknt and ajv, on the committed schema, find problems at the same pointers as the
 *       stage.
 *   <li>Jackson's data binding binds every document in which the stage finds no problem, into the
 *       contract the library reads; when it refuses a document, the stage reports a problem where
 *       Jackson stopped.
 *   <li>Hibernate Validator, on what Jackson binds, finds problems at the same pointers as the
 *       stage.
 * </ul>
 *
 * <p>Equal sets of pointers make equal verdicts. Where an engine cannot see a problem, or sees one
 * the stage does not, the row of {@link Differences#TABLE} that explains it is counted; anything
 * else fails the document's test, which is named after the document and so says how to make it
 * again (seed and size, change, file of the corpus).
 */
class OracleAgreementTest {
  private static Corpus corpus;
  private static Map<String, AjvOracle.Verdict> ajv;
  /** How often each row of the table explained a disagreement. */
  private static final Map<Differences.Difference, AtomicInteger> EXPLAINED = new ConcurrentHashMap<>();
  /** Documents checked, by the structural stage's verdict. */
  private static final AtomicInteger VALID = new AtomicInteger();
  private static final AtomicInteger INVALID = new AtomicInteger();
  /** Documents that each engine checked. */
  private static final Map<Engine, AtomicInteger> CHECKED = new EnumMap<>(Engine.class);

  static {
    for (Engine e : Engine.values()) {
      CHECKED.put(e, new AtomicInteger());
    }
  }

  /** ajv runs in Node.js, once for the whole corpus: the documents that Jackson parses. */
  @BeforeAll
  static void buildTheCorpus_andRunAjvOnIt() throws Exception {
    corpus = new Corpus(100, 330, 50, 10, 12);
    Map<String, byte[]> json = corpus.documents().entrySet().stream()
        .filter(d -> JacksonOracle.parse(d.getValue()) != null)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    ajv = AjvOracle.validateAll(json);
  }

  @TestFactory
  Stream<DynamicTest> everyEngine_agreesWithTheStructuralStage() {
    return corpus.documents().entrySet().stream()
        .map(d -> DynamicTest.dynamicTest(d.getKey(), () -> check(d.getKey(), d.getValue())));
  }

  private static void check(String name, byte[] bytes) {
    List<Located> structural = StructuralStage.validate(bytes);
    (structural.isEmpty() ? VALID : INVALID).incrementAndGet();
    List<String> failures = new ArrayList<>();
    JsonNode document = JacksonOracle.parse(bytes);
    if (document == null) {
      // Not one well-formed JSON value: no engine sees a document, the reader must refuse it.
      if (structural.stream().noneMatch(f -> f.kind().startsWith("CLS-JSON-"))) {
        failures.add("Jackson cannot parse the document, the stage reports no reading problem: " + structural);
      }
    } else {
      compare(Engine.NETWORKNT, structural, NetworkntOracle.validate(document), document, failures);
      AjvOracle.Verdict verdict = ajv.get(name);
      if (verdict == null || verdict.unreadable() != null) {
        failures.add("ajv gave no verdict: " + (verdict == null ? "none" : verdict.unreadable()));
      } else {
        compare(Engine.AJV, structural, verdict.errors(), document, failures);
      }
      JacksonOracle.Binding binding = JacksonOracle.bind(bytes);
      CHECKED.get(Engine.JACKSON).incrementAndGet();
      if (binding.bound()) {
        compare(Engine.HIBERNATE_VALIDATOR, structural, HibernateValidatorOracle.validate(binding.contrat()), document,
            failures);
        if (structural.isEmpty()) {
          assertEquals(binding.contrat(), read(bytes), name + ": Jackson binds another contract than the library reads");
        }
      } else if (structural.stream().noneMatch(f -> f.pointer().equals(binding.problem().pointer()))) {
        explainOrFail(new Disagreement(Engine.JACKSON, true, binding.problem().pointer(), structural,
            List.of(binding.problem()), document), failures);
      }
    }
    assertTrue(failures.isEmpty(), () -> name + "\n  " + String.join("\n  ", failures));
  }

  /** Both ways: every pointer of one side must be a pointer of the other, or a listed difference. */
  private static void compare(Engine engine, List<Located> structural, List<Located> oracle, JsonNode document,
      List<String> failures) {
    CHECKED.get(engine).incrementAndGet();
    Set<String> ours = pointers(structural);
    Set<String> theirs = pointers(oracle);
    for (String p : theirs) {
      if (!ours.contains(p)) {
        explainOrFail(new Disagreement(engine, true, p, structural, oracle, document), failures);
      }
    }
    for (String p : ours) {
      if (!theirs.contains(p)) {
        explainOrFail(new Disagreement(engine, false, p, structural, oracle, document), failures);
      }
    }
  }

  private static void explainOrFail(Disagreement d, List<String> failures) {
    Differences.explain(d).ifPresentOrElse(
        row -> EXPLAINED.computeIfAbsent(row, r -> new AtomicInteger()).incrementAndGet(),
        () -> failures.add(d.toString()));
  }

  private static Set<String> pointers(Collection<Located> problems) {
    return problems.stream().map(Located::pointer).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Object read(byte[] bytes) {
    try {
      return ClsJson.defaults().read(bytes);
    } catch (ClsJsonException e) {
      throw new AssertionError("the library refuses to read a document without a structural problem", e);
    }
  }

  @AfterAll
  static void everyRow_explainedSomething_andEveryMutationWasApplied() {
    if (corpus == null || VALID.get() + INVALID.get() < corpus.documents().size()) {
      return; // some documents were not checked (a single test selected, or no corpus)
    }
    System.out.printf("Oracles: %d documents (%d valid, %d invalid), checked by %s; disagreements explained: %s%n",
        corpus.documents().size(), VALID.get(), INVALID.get(), CHECKED, EXPLAINED);
    Set<String> unused = Differences.TABLE.stream().filter(r -> !EXPLAINED.containsKey(r))
        .map(Differences.Difference::cas).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), unused, "rows of the table of differences that explained nothing");
    assertEquals(List.of(), corpus.applied().rarerThan(Mutations.catalog(), 1), "mutations never applied");
    assertTrue(VALID.get() >= 300 && INVALID.get() >= 400, "valid " + VALID + ", invalid " + INVALID);
    assertTrue(CHECKED.get(Engine.HIBERNATE_VALIDATOR).get() >= 400, "documents that Jackson bound: " + CHECKED);
  }
}
