package io.clsante.cli;

import static io.clsante.cli.ClsCommandTest.assertNoStackTrace;
import static io.clsante.cli.ClsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.cli.ClsCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cls migrate}: format 1.0 documents rewritten in 1.1, in place, without loss. */
class MigrateCommandTest {
  /** The reference contracts as format 1.0 published them. */
  private static final Path FORMAT_10 = Path.of("../examples/format-1.0");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private List<Path> copyOfThe10Documents() throws IOException {
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> files = Files.list(FORMAT_10)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        copies.add(Files.copy(f, dir.resolve(f.getFileName())));
      }
    }
    assertTrue(copies.size() >= 6, copies.toString());
    return copies;
  }

  @Test
  void documents10_areConvertedInPlace_thenLeftAlone() throws IOException {
    List<Path> files = copyOfThe10Documents();
    Run r = run("migrate", dir.toString());
    assertEquals(ClsCommand.OK, r.code(), r.out() + r.err());
    for (Path f : files) {
      assertTrue(r.out().contains(f + " : converti (1.0 → 1.1)"), r.out());
      String original = Files.readString(FORMAT_10.resolve(f.getFileName()));
      assertEquals(original.replaceFirst("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.1\""),
          Files.readString(f));
    }
    List<byte[]> converted = new ArrayList<>();
    for (Path f : files) {
      converted.add(Files.readAllBytes(f));
    }
    Run again = run("migrate", dir.toString());
    assertEquals(ClsCommand.OK, again.code(), again.err());
    assertTrue(again.out().contains(files.get(0) + " : déjà en 1.1"), again.out());
    for (int i = 0; i < files.size(); i++) {
      assertArrayEquals(converted.get(i), Files.readAllBytes(files.get(i)));
    }
    assertEquals(List.of(), leftovers());
  }

  /** The done criterion of the format's minor version: the same findings before and after, no new ERROR. */
  @Test
  void convertedDocuments_validateWithTheSameFindings() throws IOException {
    List<Path> files = copyOfThe10Documents();
    Run before = run("validate", "--format", "json", dir.toString());
    assertEquals(ClsCommand.OK, run("migrate", dir.toString()).code());
    Run after = run("validate", "--format", "json", dir.toString());
    assertEquals(before.code(), after.code(), before.out() + after.out());
    assertEquals(findings(before.out()), findings(after.out()));
    assertTrue(files.size() >= 6);
  }

  private static TreeSet<String> findings(String report) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode document : JSON.readTree(report).get("documents")) {
      for (JsonNode f : document.get("findings")) {
        out.add(document.get("source").asString() + " " + f.get("severity").asString() + " "
            + f.get("ruleId").asString() + " " + f.get("pointer").asString());
      }
    }
    return out;
  }

  @Test
  void check_rewritesNothing_andExitsOneWhenADocumentIsToConvert() throws IOException {
    List<Path> files = copyOfThe10Documents();
    byte[] before = Files.readAllBytes(files.get(0));
    Run r = run("migrate", "--check", files.get(0).toString());
    assertEquals(ClsCommand.INVALID, r.code(), r.out());
    assertEquals(files.get(0) + " : à convertir (1.0 → 1.1)\n", r.out());
    assertArrayEquals(before, Files.readAllBytes(files.get(0)));
  }

  @Test
  void unreadableDocument_isLeftUntouched_withItsLocatedProblems() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"formatVersion\": \"1.0\",\n  \"inconnue\": 1\n}\n");
    Run r = run("migrate", bad.toString());
    assertEquals(ClsCommand.INVALID, r.code());
    assertTrue(r.out().startsWith(bad + " : non converti, le document ne peut être lu\n"), r.out());
    assertTrue(r.out().contains("  ERREUR CLS-SCH-"), r.out());
    assertTrue(r.out().contains("(ligne 1, colonne 1)"), r.out());
    assertEquals("{\n  \"formatVersion\": \"1.0\",\n  \"inconnue\": 1\n}\n", Files.readString(bad));
    assertNoStackTrace(r);
    Run en = run("migrate", "--lang", "en", bad.toString());
    assertTrue(en.out().contains(": not converted, the document cannot be read\n  ERROR CLS-SCH-"), en.out());
  }

  @Test
  void standardInput_isConvertedToStandardOutput() throws IOException {
    byte[] original = Files.readAllBytes(FORMAT_10.resolve("cls-astarac-2025-2029.json"));
    Run r = run(new ByteArrayInputStream(original), "migrate", "-");
    assertEquals(ClsCommand.OK, r.code(), r.err());
    assertEquals(new String(original, StandardCharsets.UTF_8)
        .replaceFirst("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.1\""), r.out());
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("migrate"), "CHEMIN"),
        Arguments.of(List.of("migrate", "-", "a.json"), "se convertit seul"),
        Arguments.of(List.of("migrate", "absent.json"), "fichier introuvable : absent.json"),
        Arguments.of(List.of("migrate", "--lang", "de", "a.json"), "langue inconnue « de »"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usageErrors")
  void usageErrors_exitTwo(List<String> args, String mention) {
    Run r = run(args.toArray(String[]::new));
    assertEquals(ClsCommand.USAGE, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(mention), r.err());
    assertNoStackTrace(r);
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
