package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.cli.ClsCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenderCommandTest {
  private static final Path ASTARAC = ClsCommandTest.EXAMPLES.resolve("cls-astarac-2025-2029.json");

  @Test
  void writesThePageAndSaysHowManyFindings(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("astarac.html");
    Run r = ClsCommandTest.run("render", ASTARAC.toString(), "-o", page.toString(), "--date", "2026-11-22");
    assertEquals(ClsCommand.OK, r.code(), r.err());
    assertEquals(page + " : page écrite, 0 erreur(s), 4 avertissement(s)\n", r.out());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<html lang=\"fr\">"), html);
    assertTrue(html.contains("Situation au 22 novembre 2026."), html);
    assertTrue(html.contains("CLS-AXE-007"), html);
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary file left beside the page");
    }
  }

  @Test
  void writesToStandardOutput_inEnglish_fromStandardInput() throws IOException {
    Run r = ClsCommandTest.run(new ByteArrayInputStream(Files.readAllBytes(ASTARAC)), "render", "-", "--lang", "en");
    assertEquals(ClsCommand.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
    assertTrue(r.out().contains("<html lang=\"en\">"), r.out());
    assertTrue(r.out().contains("Action plan"), r.out());
  }

  @Test
  void personalDataOnlyWithTheOption() throws IOException {
    String json = Files.readString(ASTARAC).replaceFirst("\"coordination\": \\{",
        "\"coordination\": {\"contact\": {\"fonction\": \"Coordination\", \"courriel\": \"coordination@exemple.invalid\"},");
    Run redacted = ClsCommandTest.run(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "render", "-");
    Run shown = ClsCommandTest.run(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "render", "-",
        "--donnees-personnelles");
    assertEquals(ClsCommand.OK, redacted.code(), redacted.err());
    assertEquals(ClsCommand.OK, shown.code(), shown.err());
    assertFalse(redacted.out().contains("coordination@exemple.invalid"), redacted.out());
    assertTrue(shown.out().contains("coordination@exemple.invalid"), shown.out());
  }

  @Test
  void unreadableDocument_exitsOneWithItsLocatedProblems(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("casse.json");
    Files.writeString(broken, "{\n  \"formatVersion\": \"1.1\",\n  \"intitule\": 42\n");
    Path page = dir.resolve("casse.html");
    Run r = ClsCommandTest.run("render", broken.toString(), "-o", page.toString());
    assertEquals(ClsCommand.INVALID, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith(broken + " : pas de page, le document ne peut être lu\n  ERREUR CLS-JSON-"), r.err());
    assertTrue(r.err().contains("(ligne "), r.err());
    assertFalse(Files.exists(page));
    assertFalse(r.err().contains("\tat "), r.err());
  }

  static Stream<Arguments> usageProblems() {
    return Stream.of(
        Arguments.of(new String[] {"render"}, "CONTRAT"),
        Arguments.of(new String[] {"render", "x.json", "--lang", "de"}, "langue inconnue"),
        Arguments.of(new String[] {"render", "x.json", "--date", "22/11/2026"}, "date invalide"),
        Arguments.of(new String[] {"render", "absent.json"}, "fichier introuvable : absent.json"),
        Arguments.of(new String[] {"render", "../examples/contrats", "-o", "x.html"}, "lecture impossible"),
        Arguments.of(new String[] {"render", ASTARAC.toString(), "-o", "absent/dir/x.html"}, "écriture impossible"));
  }

  @ParameterizedTest
  @MethodSource("usageProblems")
  void usageOrIoProblem_exitsTwoWithAMessage(String[] args, String mention) {
    Run r = ClsCommandTest.run(args);
    assertEquals(ClsCommand.USAGE, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(mention), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
