package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.json.JsonType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Profiles built in code and read from profile files: what they accept, refuse, and change in a report. */
class ProfileTest {
  /** The example profile file of the repository. */
  static final Path EXAMPLE = Path.of("../examples/profils/numerotation-continue.json");

  static final List<String> LEVELS = List.of("ERROR", "WARNING", "INFO", "OFF");

  static Profile read(String json) throws IOException {
    return Profile.read("p.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  static ProfileException refused(String json) {
    return assertThrows(ProfileException.class, () -> read(json), json);
  }

  @Test
  void read_exampleFile_givesItsOverrides() throws IOException {
    Profile p = Profile.read(EXAMPLE);
    assertEquals("numerotation-continue", p.id());
    assertEquals("Plan à numérotation continue, fiches évaluables", p.libelle());
    assertEquals(Map.of("CLS-AXE-006", Severity.ERROR, "CLS-PER-002", Severity.INFO), p.severities());
    assertEquals(Set.of("CLS-AXE-004"), p.disabled());
    assertEquals(Optional.empty(), p.severityOf("CLS-AXE-004", Severity.WARNING));
    assertEquals(Optional.of(Severity.WARNING), p.severityOf("CLS-SIG-003", Severity.WARNING));
  }

  @Test
  void read_minimalFile_isTheNationalDefaults() throws IOException {
    Profile p = read("{\"id\": \"vide\", \"libelle\": \"Vide\"}");
    assertEquals("vide", p.id());
    assertEquals(Map.of(), p.severities());
    assertEquals(Set.of(), p.disabled());
  }

  @Test
  void read_base_startsFromTheBuiltInProfile_thenTheFileWins() throws IOException {
    Profile p = read("""
        {"id": "occitanie-souple", "libelle": "Occitanie, indicateurs conseillés", "base": "occitanie",
         "regles": {"CLS-AXE-006": "WARNING", "CLS-CYC-001": "OFF"}}""");
    assertEquals(Map.of("CLS-AXE-006", Severity.WARNING, "CLS-AXE-001", Severity.ERROR), p.severities());
    assertEquals(Set.of("CLS-CYC-001"), p.disabled());
  }

  @Test
  void read_byteOrderMark_isNotContent() throws IOException {
    assertEquals("bom", read("\uFEFF{\"id\": \"bom\", \"libelle\": \"BOM\"}").id());
  }

  /** A bad profile file: its text, then the key, line, column and pointer of its one problem. */
  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("empty", "", "profile.empty", -1, -1, ""),
        Arguments.of("blank", " \n\t", "profile.empty", -1, -1, ""),
        Arguments.of("an array", "[1]", "profile.root", 1, 1, ""),
        Arguments.of("a string", "\"national\"", "profile.root", 1, 1, ""),
        Arguments.of("truncated", "{\"id\": \"a\",\n \"libelle\": \"A\"", "profile.syntax.endOfInput", 2, 16, ""),
        Arguments.of("single quotes", "{\"id\": 'a', \"libelle\": \"A\"}", "profile.syntax", 1, 8, ""),
        Arguments.of("two objects", "{\"id\": \"a\", \"libelle\": \"A\"} {}", "profile.trailing", 1, 29, ""),
        Arguments.of("unknown property", "{\"id\": \"a\", \"libelle\": \"A\",\n  \"libellé\": \"B\"}",
            "profile.unknownProperty", 2, 3, "/libellé"),
        Arguments.of("English property", "{\"id\": \"a\", \"label\": \"A\", \"libelle\": \"A\"}",
            "profile.unknownProperty", 1, 13, "/label"),
        Arguments.of("repeated property", "{\"id\": \"a\", \"libelle\": \"A\", \"id\": \"b\"}",
            "profile.duplicate", 1, 29, "/id"),
        Arguments.of("no id", "{\"libelle\": \"A\"}", "profile.required", 1, 1, ""),
        Arguments.of("no libelle", "{\"id\": \"a\"}", "profile.required", 1, 1, ""),
        Arguments.of("id a number", "{\"id\": 12, \"libelle\": \"A\"}", "profile.type", 1, 8, "/id"),
        Arguments.of("id null", "{\"id\": null, \"libelle\": \"A\"}", "profile.type", 1, 8, "/id"),
        Arguments.of("id with spaces", "{\"id\": \"Mon profil\", \"libelle\": \"A\"}", "profile.id", 1, 8, "/id"),
        Arguments.of("id with a trailing hyphen", "{\"id\": \"mon-\", \"libelle\": \"A\"}", "profile.id", 1, 8, "/id"),
        Arguments.of("blank libelle", "{\"id\": \"a\", \"libelle\": \"  \"}", "profile.libelle", 1, 24, "/libelle"),
        Arguments.of("unknown base", "{\"id\": \"a\", \"libelle\": \"A\", \"base\": \"bretagne\"}",
            "profile.base", 1, 37, "/base"),
        Arguments.of("base an object", "{\"id\": \"a\", \"libelle\": \"A\", \"base\": {\"id\": \"national\"}}",
            "profile.type", 1, 37, "/base"),
        Arguments.of("other $schema", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"id\": \"a\", \"libelle\": \"A\"}",
            "profile.schema", 1, 13, "/$schema"),
        Arguments.of("regles an array", "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": [\"CLS-AXE-004\"]}",
            "profile.type", 1, 39, "/regles"),
        Arguments.of("rule id mistyped", "{\"id\": \"a\", \"libelle\": \"A\",\n \"regles\": {\"CLS-AXE-04\": \"OFF\"}}",
            "profile.rule.unknown.close", 2, 13, "/regles/CLS-AXE-04"),
        Arguments.of("rule id in lower case", "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"cls-axe-004\": \"OFF\"}}",
            "profile.rule.unknown.close", 1, 40, "/regles/cls-axe-004"),
        Arguments.of("rule id far from any", "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"AXE\": \"OFF\"}}",
            "profile.rule.unknown", 1, 40, "/regles/AXE"),
        Arguments.of("level in French", "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-006\": \"ERREUR\"}}",
            "profile.level.unknown", 1, 55, "/regles/CLS-AXE-006"),
        Arguments.of("level in lower case", "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-006\": \"error\"}}",
            "profile.level.unknown", 1, 55, "/regles/CLS-AXE-006"),
        Arguments.of("level a boolean", "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-004\": false}}",
            "profile.type", 1, 55, "/regles/CLS-AXE-004"),
        Arguments.of("rule given twice",
            "{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-004\": \"OFF\", \"CLS-AXE-004\": \"INFO\"}}",
            "profile.duplicate", 1, 62, "/regles/CLS-AXE-004"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void read_badFile_isRefusedWithItsLocatedProblem(String label, String json, String key, int line, int column,
      String pointer) {
    ProfileException e = refused(json);
    assertEquals(1, e.problems().size(), e.getMessage());
    ProfileException.Problem p = e.problems().get(0);
    assertEquals(List.of(key, line, column, pointer), List.of(p.messageKey(), p.line(), p.column(), p.pointer()),
        e.getMessage());
    assertEquals("p.json", e.source());
    String prefix = line > 0 ? "p.json (ligne " + line + ", colonne " + column + ") : " : "p.json : ";
    assertEquals(prefix + p.message(Locale.FRENCH), e.getMessage());
    String english = line > 0 ? "p.json (line " + line + ", column " + column + "): " : "p.json: ";
    assertEquals(english + p.message(Locale.ENGLISH), e.message(Locale.ENGLISH));
    for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      assertFalse(p.message(l).matches(".*\\{\\d}.*"), p.message(l));
    }
  }

  /** The messages say what was found and what is expected. */
  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-006\": \"ERREUR\"}}",
            "p.json (ligne 1, colonne 55) : niveau inconnu « ERREUR » pour la règle CLS-AXE-006 :"
                + " l'un de ERROR, WARNING, INFO, OFF attendu"),
        Arguments.of("{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-04\": \"OFF\"}}",
            "p.json (ligne 1, colonne 40) : règle inconnue « CLS-AXE-04 » : voulez-vous dire CLS-AXE-004 ?"),
        Arguments.of("{\"id\": \"a\", \"libelle\": \"A\", \"base\": \"bretagne\"}",
            "p.json (ligne 1, colonne 37) : profil de base inconnu « bretagne » : l'un de national, occitanie attendu"),
        Arguments.of("{\"id\": \"a\", \"label\": \"A\"}",
            "p.json (ligne 1, colonne 13) : propriété inconnue « label » : propriétés permises :"
                + " $schema, id, libelle, base, regles\n"
                + "p.json (ligne 1, colonne 1) : propriété obligatoire « libelle » absente"),
        Arguments.of("{\"id\": 1, \"libelle\": \"A\"}", "p.json (ligne 1, colonne 8) : « id » doit être une chaîne, pas un entier"));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void read_badFile_messageNamesTheFileThePlaceAndWhatIsExpected(String json, String message) {
    assertEquals(message, refused(json).getMessage());
  }

  @Test
  void read_badFile_givesEveryProblemInTheOrderOfTheText() {
    ProfileException e = refused("""
        {
          "id": "Mon Profil",
          "base": "bretagne",
          "regles": {
            "CLS-AXE-004": "DESACTIVEE",
            "CLS-XYZ-999": "OFF"
          },
          "commentaire": "?"
        }""");
    assertEquals(List.of(
            List.of("profile.id", 2, 9), List.of("profile.base", 3, 11),
            List.of("profile.level.unknown", 5, 20), List.of("profile.rule.unknown", 6, 5),
            List.of("profile.unknownProperty", 8, 3), List.of("profile.required", 1, 1)),
        e.problems().stream().map(p -> List.of(p.messageKey(), p.line(), p.column())).toList(), e.getMessage());
    assertEquals(6, e.getMessage().lines().count(), e.getMessage());
    assertEquals(List.of("Mon Profil"), e.problems().get(0).arguments());
    assertEquals(List.of("libelle"), e.problems().get(5).arguments());
    assertEquals(List.of("DESACTIVEE", "CLS-AXE-004", LEVELS), e.problems().get(2).arguments());
  }

  @Test
  void read_typeProblem_hasTypedArguments() {
    ProfileException e = refused("{\"id\": \"a\", \"libelle\": [\"A\"]}");
    assertEquals(List.of("libelle", JsonType.STRING, JsonType.ARRAY), e.problems().get(0).arguments());
    assertEquals("p.json (line 1, column 24): \"libelle\" must be a string, not an array", e.message(Locale.ENGLISH));
  }

  @Test
  void read_notUtf8_isRefused() {
    byte[] latin1 = "{\"id\": \"a\", \"libelle\": \"Profil régional\"}".getBytes(StandardCharsets.ISO_8859_1);
    ProfileException e = assertThrows(ProfileException.class,
        () -> Profile.read("latin1.json", new ByteArrayInputStream(latin1)));
    assertEquals("latin1.json : le fichier n'est pas encodé en UTF-8", e.getMessage());
  }

  @Test
  void read_beyondOneMebibyte_isRefusedUnread() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    ProfileException e = assertThrows(ProfileException.class, () -> Profile.read("gros.json", endless));
    assertEquals("profile.tooLarge", e.problems().get(0).messageKey());
    assertEquals(List.of(ProfileReader.MAX_BYTES), e.problems().get(0).arguments());
  }

  @Test
  void read_missingFile_isAnIoExceptionNotAProfileProblem(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> Profile.read(dir.resolve("absent.json")));
    assertTrue(e instanceof NoSuchFileException, e.toString());
  }

  @Test
  void read_applicationRules_whenTheCatalogNamesThem() throws IOException {
    RuleCatalog withApp = RuleCatalog.builtIn().with(List.of(new ClsValidatorTest.EveryFicheHasAPriority()));
    String json = "{\"id\": \"app\", \"libelle\": \"App\", \"regles\": {\"APP-001\": \"ERROR\"}}";
    assertEquals(Map.of("APP-001", Severity.ERROR),
        Profile.read("p.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), withApp).severities());
    assertEquals("profile.rule.unknown", refused(json).problems().get(0).messageKey());
  }

  /** A rule id or level the builder refuses, and what its message says. */
  static Stream<Arguments> badBuilderCalls() {
    return Stream.of(
        Arguments.of((Runnable) () -> Profile.builder("p", "P").disable("CLS-AXE-04"),
            "règle inconnue « CLS-AXE-04 » : voulez-vous dire CLS-AXE-004 ?"),
        Arguments.of((Runnable) () -> Profile.builder("p", "P").severity("CLS-AXE-0066", Severity.ERROR),
            "règle inconnue « CLS-AXE-0066 » : voulez-vous dire CLS-AXE-006 ?"),
        Arguments.of((Runnable) () -> Profile.builder("p", "P").severity("CLS-SIG", Severity.ERROR),
            "règle inconnue « CLS-SIG » : aucune règle n'a cet identifiant (cls rules les liste)"),
        Arguments.of((Runnable) () -> Profile.builder("p", "P").level("CLS-AXE-006", "FATAL"),
            "niveau inconnu « FATAL » pour la règle CLS-AXE-006 : l'un de ERROR, WARNING, INFO, OFF attendu"),
        Arguments.of((Runnable) () -> Profile.builder("p", "P").level("CLS-AXE-6", "OFF"),
            "règle inconnue « CLS-AXE-6 » : voulez-vous dire CLS-AXE-006 ?"));
  }

  @ParameterizedTest
  @MethodSource("badBuilderCalls")
  void builder_unknownRuleOrLevel_isRefusedAtTheCall(Runnable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
  }

  @Test
  void builder_lastChoiceWins() {
    Profile p = Profile.builder("p", "P").disable("CLS-AXE-004").severity("CLS-AXE-004", Severity.INFO)
        .severity("CLS-AXE-006", Severity.ERROR).level("CLS-AXE-006", "OFF").build();
    assertEquals(Optional.of(Severity.INFO), p.severityOf("CLS-AXE-004", Severity.WARNING));
    assertEquals(Optional.empty(), p.severityOf("CLS-AXE-006", Severity.WARNING));
    assertEquals(Map.of("CLS-AXE-004", Severity.INFO), p.severities());
  }

  @Test
  void builder_fromABaseOfOtherRules_isRefused() {
    RuleCatalog withApp = RuleCatalog.builtIn().with(List.of(new ClsValidatorTest.EveryFicheHasAPriority()));
    Profile app = Profile.builder("app", "App", withApp).disable("APP-001").build();
    assertThrows(IllegalArgumentException.class, () -> Profile.builder("p", "P").from(app));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClsValidator.builder().profile(app).build());
    assertEquals("profil « app » : règle inconnue « APP-001 » : aucune règle n'a cet identifiant (cls rules les liste)", e.getMessage());
    ClsValidator v = ClsValidator.builder().addRule(new ClsValidatorTest.EveryFicheHasAPriority()).profile(app).build();
    assertEquals(app, v.profile());
  }

  @Test
  void closeTo_givesTheNearestIdsFirst() {
    assertEquals(List.of("CLS-AXE-004"), RuleCatalog.builtIn().closeTo("CLS-AXE-04"));
    assertEquals(List.of("CLS-AXE-004"), RuleCatalog.builtIn().closeTo("cls-axe-004"));
    assertEquals(List.of("CLS-AXE-001", "CLS-AXE-002", "CLS-AXE-003"), RuleCatalog.builtIn().closeTo("CLS-AXE-00"));
    assertEquals(List.of(), RuleCatalog.builtIn().closeTo("XYZ"));
  }

  // Firing and quiet: the base contract with a fiche without indicator gives a CLS-AXE-006 warning.

  static String noIndicator() throws IOException {
    String noIndicator = ClsValidatorTest.base().replaceFirst(
        "\"indicateurs\": \\[\\s*\\{\"id\": \"ind-2-1-a\"[^\\]]*\\]\\}\\s*\\]", "\"statut\": \"A_VENIR\"");
    assertFalse(noIndicator.equals(ClsValidatorTest.base()));
    return noIndicator;
  }

  static Report validate(Profile profile) throws IOException {
    return ClsValidator.builder().profile(profile).referenceDate(RuleHarness.TODAY).build()
        .validate("doc.json", noIndicator());
  }

  @Test
  void profileFile_quiet_withoutOverrides_theReportIsTheNationalOne() throws IOException {
    Report national = validate(Profile.national());
    assertEquals(List.of("CLS-AXE-006 WARNING"), national.findings().stream()
        .map(f -> f.ruleId() + " " + f.severity()).toList());
    assertEquals(national.toJson(), validate(read("{\"id\": \"vide\", \"libelle\": \"Vide\"}")).toJson());
  }

  @Test
  void profileFile_offSwitchesTheRuleOff() throws IOException {
    Report r = validate(read("{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-006\": \"OFF\"}}"));
    assertEquals(List.of(), r.findings());
    assertTrue(r.isValid());
  }

  @Test
  void profileFile_errorMakesTheRuleReportAnErrorAndTheDocumentInvalid() throws IOException {
    Report r = validate(Profile.read(EXAMPLE));
    assertEquals(List.of("CLS-AXE-006 ERROR"), r.findings().stream().map(f -> f.ruleId() + " " + f.severity()).toList());
    assertFalse(r.isValid());
  }

  @Test
  void profileFile_infoLowersTheRule() throws IOException {
    Report r = validate(read("{\"id\": \"a\", \"libelle\": \"A\", \"regles\": {\"CLS-AXE-006\": \"INFO\"}}"));
    assertEquals(List.of("CLS-AXE-006 INFO"), r.findings().stream().map(f -> f.ruleId() + " " + f.severity()).toList());
    assertTrue(r.isValid());
  }
}
