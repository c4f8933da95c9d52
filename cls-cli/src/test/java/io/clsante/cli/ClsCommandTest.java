package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code cls} tool, run in-process: exit codes, outputs, and hostile inputs. */
class ClsCommandTest {
  static final Path EXAMPLES = Path.of("../examples/contrats");
  static final JsonMapper JSON = JsonMapper.builder().build();

  record Run(int code, String out, String err) {}

  static Run run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ClsCommand.run(in, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static void assertNoStackTrace(Run r) {
    assertFalse(r.err.contains("\tat ") || r.out.contains("\tat "), r.err);
    assertFalse(r.err.contains("Exception") || r.out.contains("Exception"), r.err);
  }

  @Test
  void validate_referenceExamples_exitsZero() {
    Run r = run("validate", EXAMPLES.toString());
    assertEquals(ClsCommand.OK, r.code, r.out + r.err);
    assertTrue(r.out.contains("cls-astarac-2025-2029.json"), r.out);
    assertTrue(r.out.contains("6 document(s) : 6 valide(s), 0 invalide(s)"), r.out);
    assertNoStackTrace(r);
  }

  /** A hostile input: how to create it, the exit code and what the output must mention. */
  static Stream<Arguments> hostileInputs() {
    return Stream.of(
        Arguments.of("not JSON", (Function<Path, Path>) d -> write(d, "a.json", "bonjour".getBytes(StandardCharsets.UTF_8)),
            ClsCommand.INVALID, "CLS-JSON-002"),
        Arguments.of("empty file", (Function<Path, Path>) d -> write(d, "a.json", new byte[0]),
            ClsCommand.INVALID, "CLS-JSON-001"),
        Arguments.of("binary file", (Function<Path, Path>) d -> write(d, "a.json", new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1, (byte) 0x80}),
            ClsCommand.INVALID, "CLS-JSON-00"),
        Arguments.of("nesting 100,000 deep", (Function<Path, Path>) d -> write(d, "a.json",
            "[".repeat(100_000).getBytes(StandardCharsets.UTF_8)), ClsCommand.INVALID, "CLS-JSON-009"),
        Arguments.of("a 50 MB file", (Function<Path, Path>) d -> big(d, 50L * 1024 * 1024),
            ClsCommand.INVALID, "CLS-JSON-009"),
        Arguments.of("a directory with no JSON", (Function<Path, Path>) d -> d,
            ClsCommand.USAGE, "aucun fichier *.json"),
        Arguments.of("a missing file", (Function<Path, Path>) d -> d.resolve("absent.json"),
            ClsCommand.USAGE, "fichier introuvable"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void validate_hostileInput_givesAClearMessageAndTheRightExitCode(
      String label, Function<Path, Path> make, int code, String mention, @TempDir Path dir) {
    Path input = make.apply(dir);
    Run r = run("validate", input.toString());
    assertEquals(code, r.code, r.out + r.err);
    assertTrue((r.out + r.err).contains(mention), r.out + r.err);
    assertNoStackTrace(r);
  }

  @Test
  void validate_standardInput() throws IOException {
    byte[] doc = Files.readAllBytes(EXAMPLES.resolve("cls-astarac-2025-2029.json"));
    Run r = run(new ByteArrayInputStream(doc), "validate", "-");
    assertEquals(ClsCommand.OK, r.code, r.out + r.err);
    assertTrue(r.out.startsWith("-\n"), r.out);
  }

  @Test
  void validate_jsonFormat_hasThePromisedKeys() throws IOException {
    Run r = run(new ByteArrayInputStream("{\"formatVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)),
        "validate", "--format", "json", "-", EXAMPLES.resolve("cls-astarac-2025-2029.json").toString());
    assertEquals(ClsCommand.INVALID, r.code, r.err);
    JsonNode root = JSON.readTree(r.out);
    assertFalse(root.get("valid").asBoolean());
    assertEquals(2, root.get("documents").size());
    JsonNode bad = root.get("documents").get(0);
    assertEquals("-", bad.get("source").asString());
    assertFalse(bad.get("valid").asBoolean());
    JsonNode finding = bad.get("findings").get(0);
    for (String key : new String[] {"ruleId", "severity", "pointer", "message", "line", "column"}) {
      assertTrue(finding.has(key), key + " missing in " + finding);
    }
    assertTrue(root.get("documents").get(1).get("valid").asBoolean());
  }

  @Test
  void validate_sarifFormat_isSarif210() {
    Run r = run("validate", "--format", "sarif", "--lang", "en", EXAMPLES.toString());
    assertEquals(ClsCommand.OK, r.code, r.err);
    JsonNode root = JSON.readTree(r.out);
    assertEquals("2.1.0", root.get("version").asString());
    assertEquals("cls", root.get("runs").get(0).get("tool").get("driver").get("name").asString());
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"validate", "--lang", "de", "x.json"}, "langue inconnue"),
        Arguments.of(new String[] {"validate", "--profile", "bretagne", "x.json"}, "profil inconnu"),
        Arguments.of(new String[] {"validate", "--date", "22/11/2026", "x.json"}, "date invalide"),
        Arguments.of(new String[] {"validate", "--format", "xml", "x.json"}, "format inconnu"),
        Arguments.of(new String[] {"validate"}, "CHEMIN"),
        Arguments.of(new String[] {"valider", "x.json"}, "valider"),
        Arguments.of(new String[] {"rules", "--format", "csv"}, "format inconnu"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageError_exitsTwoWithAMessage(String[] args, String mention) {
    Run r = run(args);
    assertEquals(ClsCommand.USAGE, r.code, r.out + r.err);
    assertTrue(r.err.contains(mention), r.err);
    assertNoStackTrace(r);
  }

  @Test
  void helpAndVersion_exitZero() {
    Run help = run("--help");
    assertEquals(ClsCommand.OK, help.code);
    assertTrue(help.out.contains("validate"), help.out);
    Run version = run("--version");
    assertEquals(ClsCommand.OK, version.code);
    assertTrue(version.out.contains("format JSON CLS 1.0"), version.out);
  }

  @Test
  void rules_listsTheCatalog_inTextAndJson() {
    Run text = run("rules");
    assertEquals(ClsCommand.OK, text.code);
    assertTrue(text.out.contains("CLS-SIG-001"), text.out);
    Run json = run("rules", "--format", "json", "--lang", "en", "--profile", "occitanie");
    JsonNode list = JSON.readTree(json.out);
    assertTrue(list.size() > 20, json.out);
    assertTrue(list.get(0).has("rationale"));
  }

  @Test
  void schema_printsTheJsonSchema() {
    Run r = run("schema");
    assertEquals(ClsCommand.OK, r.code);
    assertTrue(JSON.readTree(r.out).get("$id").asString().contains("1.0"), r.out);
  }

  private static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path big(Path dir, long size) {
    Path p = dir.resolve("big.json");
    try (OutputStream o = Files.newOutputStream(p)) {
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (long n = 0; n < size; n += chunk.length) {
        o.write(chunk);
      }
      return p;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
