package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.clsante.model.json.StructuralProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * ajv 8 (JavaScript, draft 2020-12, strict mode) on the published schema, an oracle of the generated
 * structural pass: they agree on every document of this module's tests ({@link
 * Fixtures#testDocuments()}): the same verdict and the same errors (instance location, keyword,
 * property).
 *
 * <p>The build installs ajv with {@code npm ci} in {@code tools/ajv} before the tests; this test runs
 * {@code node tools/ajv/validate.mjs} once on all the documents. It fails, and never skips, when
 * Node.js is missing.
 */
class AjvAgreementTest {
  @TempDir
  static Path dir;

  /** Documents by name, in order: valid ones first, then the invalid table. */
  private static final Map<String, String> DOCUMENTS = new LinkedHashMap<>();
  private static final Map<String, JsonNode> AJV = new LinkedHashMap<>();
  private static String ajvErrorOutput;
  private static int ajvExit;

  @BeforeAll
  static void runAjvOnEveryDocument() throws IOException, InterruptedException {
    DOCUMENTS.putAll(Fixtures.testDocuments());

    List<String> command = new ArrayList<>(List.of("node", Fixtures.ajvDir().resolve("validate.mjs").toString()));
    // Each document against the schema of the version it declares.
    Fixtures.publishedSchemas().forEach(schema -> command.add(schema.toString()));
    command.add("--");
    Map<String, String> fileToName = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> d : DOCUMENTS.entrySet()) {
      Path file = dir.resolve(String.format("document-%03d.json", i++));
      Files.writeString(file, d.getValue(), StandardCharsets.UTF_8);
      command.add(file.toString());
      fileToName.put(file.toString(), d.getKey());
    }
    Process node;
    try {
      node = new ProcessBuilder(command).redirectError(dir.resolve("ajv.err").toFile()).start();
    } catch (IOException e) {
      throw new AssertionError("Node.js introuvable : la vérification croisée avec ajv exige node dans le PATH"
          + " (et npm ci dans tools/ajv, que fait la construction Maven) — " + e.getMessage(), e);
    }
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new AssertionError("ajv did not finish in 120 s");
    }
    ajvExit = node.exitValue();
    ajvErrorOutput = Files.readString(dir.resolve("ajv.err"));
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        JsonNode verdict = Fixtures.tree(line);
        AJV.put(fileToName.get(verdict.get("document").stringValue()), verdict);
      }
    }
  }

  @Test
  void ajv_compilesThePublishedSchemaInStrictMode_andChecksEveryDocument() {
    assertEquals(0, ajvExit, () -> "ajv exited with " + ajvExit + ": " + ajvErrorOutput);
    assertEquals("", ajvErrorOutput.strip());
    assertEquals(DOCUMENTS.keySet(), AJV.keySet());
  }

  @Test
  void table_hasAtLeastFifteenInvalidDocuments_andTheReferenceExamplesAreIncluded() {
    assertTrue(InvalidDocuments.all().size() >= 15);
    for (Path example : Fixtures.referenceExamples()) {
      assertTrue(DOCUMENTS.containsKey(example.getFileName().toString()));
    }
  }

  @TestFactory
  Stream<DynamicTest> passAndAjv_giveTheSameVerdictAndErrors() {
    return DOCUMENTS.entrySet().stream().map(d -> DynamicTest.dynamicTest(d.getKey(), () -> {
      JsonNode ajv = AJV.get(d.getKey());
      if (ajv == null || ajv.has("error")) {
        fail("ajv gave no verdict: " + ajv);
      }
      List<StructuralProblem> pass = ClsSchema.standard().validate(d.getValue());
      assertEquals(pass.isEmpty(), ajv.get("valid").booleanValue(), () -> "pass " + pass + ", ajv " + ajv);
      assertEquals(ajvKeys(ajv), ProblemKeys.schemaKeys(pass));
    }));
  }

  @Test
  void invalidTable_isRejectedByAjv_everyDocumentOfIt() {
    for (InvalidDocuments.Case c : InvalidDocuments.all()) {
      assertEquals(false, AJV.get(c.name()).get("valid").booleanValue(), c.name());
      assertEquals(c.expected(), ajvKeys(AJV.get(c.name())), c.name());
    }
  }

  /** ajv's errors as {@link ProblemKeys} writes the pass's problems, sorted. */
  private static List<String> ajvKeys(JsonNode verdict) {
    return verdict.get("errors").values().stream().map(e -> {
      JsonNode params = e.get("params");
      String property = params.has("missingProperty") ? params.get("missingProperty").stringValue()
          : params.path("additionalProperty").asString("");
      return ProblemKeys.key(e.get("instancePath").stringValue(), e.get("keyword").stringValue(), property);
    }).sorted().toList();
  }
}
