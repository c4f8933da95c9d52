package io.clsante.cli;

import static io.clsante.cli.ClsCommandTest.assertNoStackTrace;
import static io.clsante.cli.ClsCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.cli.ClsCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code --profile ID|FICHIER}, {@code --disable} and {@code --severity}: the rules they choose and their errors. */
class RuleChoiceTest {
  static final Path ASTARAC = ClsCommandTest.EXAMPLES.resolve("cls-astarac-2025-2029.json");
  static final Path PROFILE = Path.of("../examples/profils/numerotation-continue.json");

  /** A signed contract without signatories: two ERRORs (CLS-SIG-001, CLS-SIG-002) and three WARNINGs. */
  static final String SIGNED_WITHOUT_SIGNATORIES = "{\"formatVersion\": \"1.0\", \"identifiant\": \"cls-exemple\","
      + " \"intitule\": \"Exemple\", \"nature\": \"CLS\", \"statut\": \"SIGNE\", \"territoire\": {\"libelle\": \"Exemple\","
      + " \"communes\": [{\"code\": \"48019\", \"nom\": \"Barre-des-Cévennes\"}]}}";

  /** The rule id and severity of each finding of the one document of a JSON report. */
  static List<String> findings(Run r) {
    JsonNode doc = ClsCommandTest.JSON.readTree(r.out()).get("documents").get(0);
    List<String> out = new ArrayList<>();
    doc.get("findings").forEach(f -> out.add(f.get("ruleId").asString() + " " + f.get("severity").asString()));
    return out;
  }

  static Run validate(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("validate", "--date", "2026-11-22", "--format", "json"));
    args.addAll(List.of(options));
    args.add(file.toString());
    return run(args.toArray(String[]::new));
  }

  @Test
  void quiet_withoutOptions_astaracHasFourAxisWarnings() {
    Run r = validate(ASTARAC);
    assertEquals(ClsCommand.OK, r.code(), r.err());
    assertEquals(List.of("CLS-AXE-007 WARNING", "CLS-AXE-007 WARNING", "CLS-AXE-007 WARNING", "CLS-AXE-007 WARNING"),
        findings(r));
  }

  @Test
  void severity_raisesAWarningToAnError_andTheExitCodeToOne() {
    Run r = validate(ASTARAC, "--severity", "CLS-AXE-007=ERROR");
    assertEquals(ClsCommand.INVALID, r.code(), r.err());
    assertEquals(List.of("CLS-AXE-007 ERROR", "CLS-AXE-007 ERROR", "CLS-AXE-007 ERROR", "CLS-AXE-007 ERROR"),
        findings(r));
  }

  @Test
  void disable_silencesTheRule() {
    Run r = validate(ASTARAC, "--disable", "CLS-AXE-007");
    assertEquals(ClsCommand.OK, r.code(), r.err());
    assertEquals(List.of(), findings(r));
  }

  @Test
  void disable_errors_makesAnInvalidDocumentValid_exitZero(@TempDir Path dir) throws IOException {
    Path doc = Files.writeString(dir.resolve("signe.json"), SIGNED_WITHOUT_SIGNATORIES, StandardCharsets.UTF_8);
    Run before = validate(doc);
    assertEquals(ClsCommand.INVALID, before.code(), before.err());
    assertTrue(findings(before).containsAll(List.of("CLS-SIG-001 ERROR", "CLS-SIG-002 ERROR")), before.out());
    // Repeated, and as a comma list: the same choice.
    for (String[] options : List.of(new String[] {"--disable", "CLS-SIG-001", "--disable", "CLS-SIG-002"},
        new String[] {"--disable", "CLS-SIG-001,CLS-SIG-002"},
        new String[] {"--severity", "CLS-SIG-001=WARNING,CLS-SIG-002=OFF"})) {
      Run after = validate(doc, options);
      assertEquals(ClsCommand.OK, after.code(), String.join(" ", options) + after.err());
      assertTrue(findings(after).stream().noneMatch(f -> f.endsWith("ERROR")), after.out());
    }
  }

  @Test
  void profileFile_thenOptionsOnTop() {
    Run file = validate(ASTARAC, "--profile", PROFILE.toString());
    assertEquals(ClsCommand.OK, file.code(), file.err());
    assertEquals(4, findings(file).size(), file.out());
    Run both = validate(ASTARAC, "--profile", PROFILE.toString(), "--severity", "CLS-AXE-007=INFO");
    assertEquals(List.of("CLS-AXE-007 INFO", "CLS-AXE-007 INFO", "CLS-AXE-007 INFO", "CLS-AXE-007 INFO"), findings(both));
  }

  @Test
  void builtInProfile_thenOptionsOnTop() {
    Run r = run("rules", "--format", "json", "--profile", "occitanie", "--severity", "CLS-AXE-006=INFO",
        "--disable", "CLS-AXE-001");
    assertEquals(ClsCommand.OK, r.code(), r.err());
    JsonNode rules = ClsCommandTest.JSON.readTree(r.out());
    List<String> levels = new ArrayList<>();
    rules.forEach(rule -> {
      String id = rule.get("id").asString();
      if (List.of("CLS-AXE-001", "CLS-AXE-006", "CLS-CYC-001").contains(id)) {
        levels.add(id + " " + rule.get("severity").asString());
      }
    });
    assertEquals(List.of("CLS-AXE-001 OFF", "CLS-AXE-006 INFO", "CLS-CYC-001 ERROR"), levels);
  }

  @Test
  void rules_showsTheProfileFilesLevels() {
    Run r = run("rules", "--profile", PROFILE.toString());
    assertEquals(ClsCommand.OK, r.code(), r.err());
    assertTrue(r.out().contains("CLS-AXE-004  DÉSACTIVÉE"), r.out());
    assertTrue(r.out().contains("CLS-AXE-006  ERREUR"), r.out());
    assertTrue(r.out().contains("CLS-PER-002  INFO"), r.out());
  }

  /** Bad options: the arguments after {@code validate}, and the whole message on standard error. */
  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(List.of("--disable", "CLS-AXE-04"),
            "--disable CLS-AXE-04 : règle inconnue « CLS-AXE-04 » : voulez-vous dire CLS-AXE-004 ?"),
        Arguments.of(List.of("--disable", "axe"),
            "--disable axe : règle inconnue « axe » : aucune règle n'a cet identifiant (cls rules les liste)"),
        Arguments.of(List.of("--severity", "CLS-AXE-006"),
            "--severity attend REGLE=NIVEAU, par exemple CLS-AXE-006=ERROR : « CLS-AXE-006 » donné"),
        Arguments.of(List.of("--severity", "CLS-AXE-006=ERREUR"),
            "--severity CLS-AXE-006=ERREUR : niveau inconnu « ERREUR » pour la règle CLS-AXE-006 :"
                + " l'un de ERROR, WARNING, INFO, OFF attendu"),
        Arguments.of(List.of("--severity", "CLS-AXE-006="),
            "--severity CLS-AXE-006= : niveau inconnu «  » pour la règle CLS-AXE-006 : l'un de ERROR, WARNING, INFO, OFF attendu"),
        Arguments.of(List.of("--severity", "CLS-AXE-0006=ERROR"),
            "--severity CLS-AXE-0006=ERROR : règle inconnue « CLS-AXE-0006 » : voulez-vous dire CLS-AXE-006 ?"),
        Arguments.of(List.of("--disable", "CLS-AXE-006", "--severity", "CLS-AXE-006=ERROR"),
            "la règle CLS-AXE-006 est choisie deux fois (--disable CLS-AXE-006, puis --severity CLS-AXE-006=ERROR) :"
                + " une fois au plus attendu"),
        Arguments.of(List.of("--severity", "CLS-AXE-006=ERROR,CLS-AXE-006=INFO"),
            "la règle CLS-AXE-006 est choisie deux fois (--severity CLS-AXE-006=ERROR, puis --severity CLS-AXE-006=INFO) :"
                + " une fois au plus attendu"),
        Arguments.of(List.of("--profile", "bretagne"),
            "profil inconnu « bretagne » : national, occitanie ou un fichier de profil .json attendu"),
        Arguments.of(List.of("--profile", "absent.json"), "fichier de profil introuvable : absent.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOptions")
  void badOption_isAUsageError(List<String> options, String message) {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(options);
    args.add(ASTARAC.toString());
    Run r = run(args.toArray(String[]::new));
    assertEquals(ClsCommand.USAGE, r.code(), r.out() + r.err());
    assertEquals("cls : " + message + "\nVoir « cls validate --help ».\n", r.err());
    assertEquals("", r.out());
    assertNoStackTrace(r);
  }

  /** Bad profile files: the text, then each line the tool prints about it, without the file name. */
  static Stream<Arguments> badProfileFiles() {
    return Stream.of(
        Arguments.of("", List.of(" : fichier vide : un objet JSON de profil attendu, par exemple"
            + " {\"id\": \"mon-profil\", \"libelle\": \"Mon profil\"}")),
        Arguments.of("{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-006\": \"DESACTIVEE\"}}",
            List.of(" (ligne 1, colonne 55) : niveau inconnu « DESACTIVEE » pour la règle CLS-AXE-006 :"
                + " l'un de ERROR, WARNING, INFO, OFF attendu")),
        Arguments.of("{\n  \"id\": \"a\",\n  \"libelle\": \"A\",\n  \"base\": \"bretagne\",\n  \"id\": \"b\"\n}",
            List.of(" (ligne 4, colonne 11) : profil de base inconnu « bretagne » : l'un de national, occitanie attendu",
                " (ligne 5, colonne 3) : la propriété « id » apparaît deux fois")),
        Arguments.of("{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-04\": \"OFF\"}, \"commentaire\": \"\"}",
            List.of(" (ligne 1, colonne 40) : règle inconnue « CLS-AXE-04 » : voulez-vous dire CLS-AXE-004 ?",
                " (ligne 1, colonne 62) : propriété inconnue « commentaire » : propriétés permises :"
                    + " $schema, id, libelle, base, regles")),
        Arguments.of("{\"id\": \"a\", \"libelle\": \"A\",}",
            List.of(" (ligne 1, colonne 28) : JSON mal formé : Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start property name")));
  }

  @ParameterizedTest
  @MethodSource("badProfileFiles")
  void badProfileFile_isAUsageErrorThatNamesTheFileLineAndColumn(String text, List<String> lines, @TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("profil.json"), text, StandardCharsets.UTF_8);
    Run r = run("validate", "--profile", file.toString(), ASTARAC.toString());
    assertEquals(ClsCommand.USAGE, r.code(), r.out() + r.err());
    StringBuilder expected = new StringBuilder("cls : profil invalide :\n");
    lines.forEach(l -> expected.append(file).append(l).append('\n'));
    assertEquals(expected + "Voir « cls validate --help ».\n", r.err());
    assertNoStackTrace(r);
  }

  @Test
  void profileDirectory_isAUsageError(@TempDir Path dir) {
    Run r = run("validate", "--profile", dir.toString(), ASTARAC.toString());
    assertEquals(ClsCommand.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("cls : lecture impossible du profil " + dir + " : "), r.err());
    assertNoStackTrace(r);
  }
}
