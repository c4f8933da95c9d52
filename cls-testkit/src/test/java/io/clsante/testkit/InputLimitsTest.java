package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.JsonLimits;
import io.clsante.model.json.JsonProblem;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import java.math.BigInteger;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every input limit (DESIGN §4-5), configured on the validator: a valid document exactly at the
 * limit is accepted, and one unit over it gives one located ERROR, CLS-JSON-009, with its pointer
 * and line; the reader alone says the same with a {@link ClsJsonException}.
 */
class InputLimitsTest {
  private static final ClsJson JSON = ClsJson.defaults();
  private static final byte[] BASE = ContratGenerator.standard().generateJson(11, 2);

  /** A limit, the document at a given amount, and where the amount just over the limit is reported. */
  record Limit(String name, JsonLimits limits, int at, IntFunction<byte[]> document, String pointerOver) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> limits() {
    JsonLimits d = JsonLimits.defaults();
    return Stream.of(
        new Limit("string length", d.withMaxStringLength(1000), 1000,
            n -> with(t -> t.put("description", "a".repeat(n))), "/description"),
        new Limit("number length", d.withMaxNumberLength(40), 40,
            n -> with(t -> extensions(t).put("x", new BigInteger("9".repeat(n)))), "/extensions/x"),
        new Limit("property name length", d.withMaxNameLength(200), 200,
            n -> with(t -> extensions(t).put("n".repeat(n), 1)), "/extensions"),
        new Limit("nesting depth", d.withMaxNestingDepth(20), 20,
            // The root is depth 1 and "extensions" depth 2: n - 2 objects inside reach depth n.
            n -> with(t -> {
              ObjectNode o = extensions(t);
              for (int i = 0; i < n - 2; i++) {
                o = o.putObject("a");
              }
            }), "/extensions" + "/a".repeat(19)),
        new Limit("property count", d.withMaxPropertyCount(50), 50,
            n -> with(t -> {
              ObjectNode o = extensions(t).putObject("p");
              for (int i = 1; i <= n; i++) {
                o.put("i" + i, i);
              }
            }), "/extensions/p/i51"),
        new Limit("document size", d.withMaxDocumentBytes(BASE.length), BASE.length,
            n -> java.util.Arrays.copyOf(withSpaces(n - BASE.length), n), null))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void documentAtTheLimit_isAccepted_andOneOver_givesALocatedError(Limit limit) throws Exception {
    ClsValidator validator = ClsValidator.builder().limits(limit.limits())
        .referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
    ClsJson reader = ClsJson.withLimits(limit.limits());

    byte[] at = limit.document().apply(limit.at());
    ReportAssertions.assertNoError(validator.validate(limit.name(), at));
    reader.read(at);
    assertEquals(List.of(), reader.check(at).problems());

    byte[] over = limit.document().apply(limit.at() + 1);
    Report report = validator.validate(limit.name(), over);
    List<Finding> errors = report.findings(Severity.ERROR);
    assertEquals(1, errors.size(), report::toString);
    Finding f = errors.get(0);
    assertEquals("CLS-JSON-009", f.ruleId(), report::toString);
    assertTrue(f.line().isPresent() && f.line().getAsInt() > 1, report::toString);
    if (limit.pointerOver() != null) {
      assertEquals(limit.pointerOver(), f.pointer(), report::toString);
    }
    for (ClsJsonException e : List.of(
        assertThrows(ClsJsonException.class, () -> reader.read(over)),
        assertThrows(ClsJsonException.class, () -> reader.read(new java.io.ByteArrayInputStream(over))))) {
      assertEquals(JsonProblem.LIMIT_EXCEEDED.ruleId(), e.ruleId(), e.getMessage());
      assertTrue(e.line() >= 1 || limit.pointerOver() == null, e.getMessage());
      if (limit.pointerOver() != null) {
        assertEquals(limit.pointerOver(), e.pointer(), e.getMessage());
      }
    }
  }

  @Test
  void defaults_areSafeAndEveryLimitIsPositive() {
    JsonLimits d = JsonLimits.defaults();
    assertEquals(new JsonLimits(16L * 1024 * 1024, 64, 100_000, 40, 200, 10_000), d);
    assertEquals(10_000, d.maxPropertyCount());
    assertEquals(7, d.withMaxPropertyCount(7).maxPropertyCount());
    assertThrows(IllegalArgumentException.class, () -> d.withMaxPropertyCount(0));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxDocumentBytes(-1));
  }

  private static byte[] with(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) JSON.mapper().readTree(BASE);
    change.accept(tree);
    return JSON.mapper().writeValueAsBytes(tree);
  }

  private static ObjectNode extensions(ObjectNode tree) {
    return tree.get("extensions") instanceof ObjectNode o ? o : tree.putObject("extensions");
  }

  /** The base document followed by white space, or cut short by it: exactly the size asked. */
  private static byte[] withSpaces(int extra) {
    byte[] out = java.util.Arrays.copyOf(BASE, BASE.length + Math.max(0, extra));
    java.util.Arrays.fill(out, BASE.length, out.length, (byte) ' ');
    return out;
  }
}
