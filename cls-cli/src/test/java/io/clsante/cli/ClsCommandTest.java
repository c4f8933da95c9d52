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
import java.util.List;
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
        Arguments.of("an integer written 1e20", (Function<Path, Path>) d -> write(d, "a.json",
            example().replaceFirst("\"generation\": [0-9]+", "\"generation\": 1e20").getBytes(StandardCharsets.UTF_8)),
            ClsCommand.INVALID, "/generation"),
        Arguments.of("a 50 MB file", (Function<Path, Path>) d -> big(d, 50L * 1024 * 1024),
            ClsCommand.INVALID, "CLS-JSON-009"),
        Arguments.of("a directory with no JSON", (Function<Path, Path>) d -> d,
            ClsCommand.USAGE, "aucun fichier *.json"),
        Arguments.of("a missing file", (Function<Path, Path>) d -> d.resolve("absent.json"),
            ClsCommand.USAGE, "fichier introuvable"));
  }

  private static String example() {
    try {
      String json = Files.readString(EXAMPLES.resolve("cls-astarac-2025-2029.json"));
      return json.contains("\"generation\"") ? json : json.replaceFirst("\\{", "{\"generation\": 1,");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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

  /** The reference examples, each on one line. */
  static String examplesAsLines() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        sb.append(JSON.readTree(f.toFile()).toString()).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void ndjson_reportsEachLineUnderItsNumber_skippingBlankLines(@TempDir Path dir) throws IOException {
    String lines = examplesAsLines();
    Path file = write(dir, "contrats.ndjson", (lines + "\n   \n" + lines).getBytes(StandardCharsets.UTF_8));
    Run r = run("validate", "--ndjson", file.toString());
    assertEquals(ClsCommand.OK, r.code, r.out + r.err);
    assertTrue(r.out.startsWith(file + ":1\n"), r.out);
    assertTrue(r.out.contains("\n" + file + ":6\n"), r.out);
    assertFalse(r.out.contains(":7\n") || r.out.contains(":8\n"), r.out);
    assertTrue(r.out.contains("\n" + file + ":9\n"), r.out);
    assertTrue(r.out.endsWith("12 document(s) : 12 valide(s), 0 invalide(s)\n"), r.out);
    assertNoStackTrace(r);
  }

  @Test
  void ndjson_json_printsOneObjectPerLine_andExitsOneOnABadLine() throws IOException {
    String input = "{\"formatVersion\":\"1.0\"}\r\nbonjour\n" + examplesAsLines();
    Run r = run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        "validate", "--ndjson", "--format", "json", "--lang", "en");
    assertEquals(ClsCommand.INVALID, r.code, r.out + r.err);
    String[] out = r.out.split("\n");
    assertEquals(8, out.length, r.out);
    assertEquals("-:1", JSON.readTree(out[0]).get("source").asString());
    assertFalse(JSON.readTree(out[0]).get("valid").asBoolean());
    assertEquals("CLS-JSON-002", JSON.readTree(out[1]).get("findings").get(0).get("ruleId").asString());
    for (int i = 2; i < out.length; i++) {
      JsonNode doc = JSON.readTree(out[i]);
      assertEquals("-:" + (i + 1), doc.get("source").asString());
      assertTrue(doc.get("valid").asBoolean(), out[i]);
    }
  }

  @Test
  void ndjson_lineBeyondTheSizeLimit_isReportedAndTheNextLinesStillRead() throws IOException {
    byte[] huge = new byte[(int) io.clsante.model.json.JsonLimits.defaults().maxDocumentBytes() + 10];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '[';
    byte[] next = ("\n" + examplesAsLines()).getBytes(StandardCharsets.UTF_8);
    byte[] input = java.util.Arrays.copyOf(huge, huge.length + next.length);
    System.arraycopy(next, 0, input, huge.length, next.length);
    Run r = run(new ByteArrayInputStream(input), "validate", "--ndjson", "-");
    assertEquals(ClsCommand.INVALID, r.code, r.err);
    assertTrue(r.out.startsWith("-:1\n  ERREUR CLS-JSON-009"), r.out.substring(0, Math.min(300, r.out.length())));
    assertTrue(r.out.endsWith("7 document(s) : 6 valide(s), 1 invalide(s)\n"), r.out);
  }

  /** A writer that opens a latch once what was written contains a text. */
  static final class Watch extends java.io.Writer {
    final StringBuilder text = new StringBuilder();
    final java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
    final String awaited;

    Watch(String awaited) {
      this.awaited = awaited;
    }

    @Override
    public synchronized void write(char[] c, int off, int len) {
      text.append(c, off, len);
      if (text.indexOf(awaited) >= 0) {
        seen.countDown();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void ndjson_reportsALineBeforeTheInputEnds() throws Exception {
    java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
    java.io.PipedInputStream in = new java.io.PipedInputStream(feed, 1 << 16);
    Watch out = new Watch("\"source\":\"-:1\"");
    int[] code = {-1};
    Thread cli = new Thread(() -> code[0] = ClsCommand.run(in, new PrintWriter(out), new PrintWriter(new StringWriter()),
        "validate", "--ndjson", "--format", "json"));
    cli.start();
    String[] lines = examplesAsLines().split("\n");
    feed.write((lines[0] + "\n").getBytes(StandardCharsets.UTF_8));
    feed.flush();
    // The stream stays open: the first report must come out before any more input. (The bound
    // only keeps a broken build from hanging; it measures nothing.)
    assertTrue(out.seen.await(2, java.util.concurrent.TimeUnit.MINUTES), "no report while the input is open");
    assertFalse(out.text.toString().contains("-:2"), out.text.toString());
    feed.write((lines[1] + "\n").getBytes(StandardCharsets.UTF_8));
    feed.close();
    cli.join();
    assertEquals(ClsCommand.OK, code[0], out.text.toString());
    assertEquals(2, out.text.toString().split("\n").length, out.text.toString());
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"validate", "--lang", "de", "x.json"}, "langue inconnue"),
        Arguments.of(new String[] {"validate", "--profile", "bretagne", "x.json"}, "profil inconnu"),
        Arguments.of(new String[] {"validate", "--date", "22/11/2026", "x.json"}, "date invalide"),
        Arguments.of(new String[] {"validate", "--format", "xml", "x.json"}, "format inconnu"),
        Arguments.of(new String[] {"validate"}, "CHEMIN"),
        Arguments.of(new String[] {"validate", "--ndjson", "--format", "sarif"}, "--ndjson"),
        Arguments.of(new String[] {"validate", "--ndjson", "a.ndjson", "b.ndjson"}, "--ndjson"),
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
    assertTrue(version.out.contains("format JSON CLS 1.1"), version.out);
  }

  /** Every usage lists every sub-command, in the order the command declares them. */
  static Stream<Arguments> commandLists() {
    return Stream.of(
        Arguments.of((Object) new String[] {}),
        Arguments.of((Object) new String[] {"--help"}),
        Arguments.of((Object) new String[] {"help"}),
        Arguments.of((Object) new String[] {"-h"}));
  }

  @ParameterizedTest
  @MethodSource("commandLists")
  void usage_listsEveryCommandInOrder(String[] args) {
    Run r = run(args);
    String usage = r.out + r.err;
    int validate = usage.indexOf("\n  validate  ");
    int migrate = usage.indexOf("\n  migrate   ");
    int importer = usage.indexOf("\n  import    ");
    int export = usage.indexOf("\n  export    ");
    int render = usage.indexOf("\n  render    ");
    int serve = usage.indexOf("\n  serve     ");
    int schema = usage.indexOf("\n  schema    ");
    int rules = usage.indexOf("\n  rules     ");
    int completion = usage.indexOf("\n  generate-completion  ");
    int help = usage.indexOf("\n  help      ");
    assertTrue(validate > 0 && validate < migrate && migrate < importer && importer < export && export < render
        && render < serve && serve < schema && schema < rules && rules < completion && completion < help, usage);
  }

  @Test
  void generateCompletion_printsABashScriptThatCompletesEveryCommandAndOption() {
    Run r = run("generate-completion");
    assertEquals(ClsCommand.OK, r.code, r.err);
    assertTrue(r.out.startsWith("#!/usr/bin/env bash\n"), r.out);
    assertTrue(r.out.contains("\ncomplete -F _complete_cls -o default cls "), r.out);
    for (String word : List.of("validate", "migrate", "import", "export", "render", "serve", "schema", "rules", "--format",
        "--profile", "--lang", "--ndjson", "--from", "--to", "--metadonnees", "--avec-donnees-personnelles", "--bind")) {
      assertTrue(r.out.contains(word), word);
    }
  }

  @Test
  void unknownCommand_suggestsTheNearestOne() {
    Run r = run("valider", "x.json");
    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals("cls : Unmatched arguments from index 0: 'valider', 'x.json'\nDid you mean: cls validate or cls render or cls serve?\n"
        + "Voir « cls --help ».\n", r.err);
    Run schema = run("shema");
    assertTrue(schema.err.contains("\nDid you mean: cls schema or cls help?\n"), schema.err);
  }

  /** Each usage text, byte for byte, with picocli's French headings from the resource bundle. */
  static Stream<Arguments> usages() {
    return Stream.of(
        Arguments.of(new String[] {"--help"}, "cls.txt"),
        Arguments.of(new String[] {"validate", "--help"}, "validate.txt"),
        Arguments.of(new String[] {"help", "validate"}, "validate.txt"),
        Arguments.of(new String[] {"rules", "-h"}, "rules.txt"),
        Arguments.of(new String[] {"schema", "--help"}, "schema.txt"),
        Arguments.of(new String[] {"migrate", "--help"}, "migrate.txt"),
        Arguments.of(new String[] {"import", "--help"}, "import.txt"),
        Arguments.of(new String[] {"export", "--help"}, "export.txt"),
        Arguments.of(new String[] {"render", "--help"}, "render.txt"),
        Arguments.of(new String[] {"serve", "--help"}, "serve.txt"),
        Arguments.of(new String[] {"help", "help"}, "help.txt"),
        Arguments.of(new String[] {"generate-completion", "--help"}, "generate-completion.txt"));
  }

  @ParameterizedTest
  @MethodSource("usages")
  void usage_isTheReferenceText(String[] args, String file) throws IOException {
    Run r = run(args);
    assertEquals(ClsCommand.OK, r.code, r.err);
    try (InputStream in = ClsCommandTest.class.getResourceAsStream("usage/" + file)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), r.out);
    }
  }

  @Test
  void validateUsageError_namesTheSubCommand() {
    Run error = run("validate", "--formt", "text", "x.json");
    assertEquals(ClsCommand.USAGE, error.code);
    assertEquals("cls : Unknown option: '--formt'\nPossible solutions: --format\nVoir « cls validate --help ».\n",
        error.err);
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
    assertTrue(JSON.readTree(r.out).get("$id").asString().contains("/cls/1.1/"), r.out);
    Run earlier = run("schema", "--format-version", "1.0");
    assertEquals(ClsCommand.OK, earlier.code, earlier.err);
    assertEquals("https://schema.clsante.io/cls/1.0/contrat.schema.json", JSON.readTree(earlier.out).get("$id").asString());
    Run unknown = run("schema", "--format-version", "2.0");
    assertEquals(ClsCommand.USAGE, unknown.code);
    assertTrue(unknown.err.contains("version du format inconnue « 2.0 » : 1.0 à 1.1 attendue"), unknown.err);
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
