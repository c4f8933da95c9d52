package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.json.StructuralProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * networknt, on the published schema, is an oracle of the generated structural pass: on every
 * document of this module's tests and on a table of targeted cases of each keyword, firing and
 * quiet, it reports the same errors (keyword, instance location, property) as the pass reports
 * problems of the schema ({@code CLS-SCH-…}).
 *
 * <p>The pass also reports what the model refuses in values the schema accepts; no engine reports
 * these, by nature. They are the only differences, each listed in {@link #MODEL_ONLY} with its
 * reason.
 */
class NetworkntAgreementTest {
  private static final String FICHE = "/axes/0/fiches/0";

  /** The keywords of the problems that only the model reports, and why no schema engine can. */
  static final Map<String, String> MODEL_ONLY = Map.of(
      "WRONG_TYPE", "CLS-JSON-007: an integral value written with a fraction part or an exponent (2.0, 2e0) is an "
          + "integer for JSON Schema; the model reads integers written as such only",
      "INVALID_VALUE", "CLS-JSON-008: a value the pattern accepts and its type refuses, such as the check digit of "
          + "a SIREN or SIRET, which no regular expression can compute",
      "Email", "CLS-CNT-001: the e-mail address of a contact (@Email of the model); the schema has no format");

  @TestFactory
  Stream<DynamicTest> everyTestDocument_networkntGivesThePassesErrors() {
    Map<String, String> documents = Fixtures.testDocuments();
    assertTrue(documents.size() > 60, "documents: " + documents.size());
    return documents.entrySet().stream().map(d -> DynamicTest.dynamicTest(d.getKey(), () -> {
      List<StructuralProblem> pass = ClsSchema.standard().validate(d.getValue());
      assertEquals(ProblemKeys.keys(pass), ProblemKeys.schemaKeys(pass), "a problem of the model only");
      assertEquals(ProblemKeys.keys(pass), NetworkntOracle.keys(d.getValue()));
    }));
  }

  private static Arguments edit(String name, String pointer, String json, String... expected) {
    return Arguments.of(name, pointer, json, List.of(expected));
  }

  /** The base document with the value at a pointer replaced (null: removed), and what the pass reports. */
  static Stream<Arguments> targeted() {
    String genre = "/generation";
    String etp = "/coordination/etp";
    String siren = "/acteurs/1/siren";
    return Stream.of(
        // type
        edit("statut numérique", "/statut", "3", "/statut enum", "/statut type"),
        edit("territoire en tableau", "/territoire", "[]", "/territoire type"),
        edit("pasAvant booléen", FICHE + "/calendrier/pasAvant", "false"),
        edit("pasAvant en texte", FICHE + "/calendrier/pasAvant", "\"false\"", FICHE + "/calendrier/pasAvant type"),
        edit("description null", "/description", "null", "/description type"),
        edit("description vide", "/description", "\"\""),
        // integer
        edit("génération 2", genre, "2"),
        edit("génération 2.0", genre, "2.0", genre + " WRONG_TYPE"),
        edit("génération 2e0", genre, "2e0", genre + " WRONG_TYPE"),
        edit("génération 3e9", genre, "3e9", genre + " maximum"),
        edit("génération 1.5", genre, "1.5", genre + " type"),
        edit("génération 10^30", genre, "1000000000000000000000000000000", genre + " maximum"),
        edit("génération true", genre, "true", genre + " type"),
        // minimum and maximum
        edit("génération 1, au minimum", genre, "1"),
        edit("génération 0, sous le minimum", genre, "0", genre + " minimum"),
        edit("génération -1", genre, "-1", genre + " minimum"),
        edit("génération au maximum", genre, "2147483647"),
        edit("génération au-dessus du maximum", genre, "2147483648", genre + " maximum"),
        edit("etp 100, au maximum", etp, "100"),
        edit("etp 100.000, au maximum", etp, "100.000"),
        edit("etp 1E2", etp, "1E2"),
        edit("etp juste au-dessus de 100", etp, "100.0000000000000000000001", etp + " maximum"),
        edit("etp 0.5", etp, "0.5"),
        edit("etp 0", etp, "0"),
        edit("etp -0.0", etp, "-0.0"),
        edit("etp juste sous 0", etp, "-0.0000000000000000000001", etp + " minimum"),
        edit("etp 1e-400", etp, "1e-400"),
        edit("etp 1e400", etp, "1e400", etp + " maximum"),
        edit("etp en texte", etp, "\"1\"", etp + " type"),
        edit("part 101", "/coordination/cofinancements/0/part", "101", "/coordination/cofinancements/0/part maximum"),
        // required
        edit("intitulé absent", "/intitule", null, " required intitule"),
        edit("description absente (facultative)", "/description", null),
        edit("type d'acteur absent", "/acteurs/0/type", null, "/acteurs/0 required type"),
        edit("formatVersion absente", "/formatVersion", null, " required formatVersion"),
        // additionalProperties: false, and an open object
        edit("propriété inconnue à la racine", "/inconnue", "1", " additionalProperties inconnue"),
        edit("propriété inconnue dans une fiche", FICHE + "/inconnue", "{}", FICHE + " additionalProperties inconnue"),
        edit("propriété inconnue au nom à échapper", "/a~1b~0c", "1", " additionalProperties a/b~c"),
        edit("extensions quelconques", "/extensions", "{\"a\": [1, null, {\"b\": 2.0}], \"c\": null}"),
        edit("extensions en texte", "/extensions", "\"x\"", "/extensions type"),
        // pattern
        edit("SIREN de 9 chiffres", siren, "\"200035756\""),
        edit("SIREN de 8 chiffres", siren, "\"20003575\"", siren + " pattern"),
        edit("SIREN suivi d'un saut de ligne", siren, "\"200035756\\n\"", siren + " pattern"),
        edit("SIREN à la clé fausse", siren, "\"200035757\"", siren + " INVALID_VALUE"),
        edit("intitulé blanc", "/intitule", "\" \\u00a0 \""),
        edit("intitulé d'espaces ASCII", "/intitule", "\" \\t\\n \"", "/intitule pattern"),
        edit("intitulé d'un caractère astral", "/intitule", "\"\\ud83d\\ude00\""),
        edit("intitulé d'une demi-paire de substitution", "/intitule", "\"\\ud83d\""),
        edit("date du 29 février 2024", "/periode/debut", "\"2024-02-29\""),
        edit("date du 29 février 2100", "/periode/fin", "\"2100-02-29\"", "/periode/fin pattern"),
        // maxLength, in code points
        edit("intitulé de 500 caractères astraux", "/intitule", astral(500)),
        edit("intitulé de 501 caractères astraux", "/intitule", astral(501), "/intitule maxLength"),
        edit("intitulé de 500 caractères", "/intitule", "\"" + "é".repeat(500) + "\""),
        edit("intitulé de 501 caractères", "/intitule", "\"" + "é".repeat(501) + "\"", "/intitule maxLength"),
        edit("intitulé de 499 astraux et une demi-paire", "/intitule",
            "\"" + "\\ud83d\\ude00".repeat(499) + "\\ud83d\""),
        // enum
        edit("nature connue", "/nature", "\"CONTRAT_PREFIGURATION\""),
        edit("nature en minuscules", "/nature", "\"cls\"", "/nature enum"),
        edit("nature null", "/nature", "null", "/nature enum", "/nature type"),
        edit("nature en tableau", "/nature", "[\"CLS\"]", "/nature enum", "/nature type"),
        // items
        edit("thématique connue", "/axes/0/thematiques/0", "\"SANTE_MENTALE\""),
        edit("thématique inconnue", "/axes/0/thematiques/0", "\"SANTE\"", "/axes/0/thematiques/0 enum"),
        edit("thématique numérique", "/axes/0/thematiques/0", "1", "/axes/0/thematiques/0 enum",
            "/axes/0/thematiques/0 type"),
        edit("acteur en texte", "/acteurs/0", "\"ars\"", "/acteurs/0 type"),
        edit("aucun acteur", "/acteurs", "[]"),
        // $ref to a definition
        edit("identifiant conforme", "/identifiant", "\"cls-x\""),
        edit("identifiant avec une espace", "/identifiant", "\"cls x\"", "/identifiant pattern"),
        edit("identifiant numérique", "/identifiant", "12", "/identifiant type"),
        // a constraint of the model that the schema cannot state
        edit("courriel sans arobase", "/acteurs/1/contact/courriel", "\"coordination.example.org\"",
            "/acteurs/1/contact/courriel Email"),
        edit("courriel conforme", "/acteurs/1/contact/courriel", "\"coordination@example.org\""),
        // the root
        edit("document null", "", "null", " type"),
        edit("document vide", "", "{}", " required formatVersion", " required identifiant", " required intitule",
            " required nature", " required statut", " required territoire"),
        edit("document nombre", "", "1", " type"));
  }

  private static String astral(int count) {
    return "\"" + "\ud83d\ude00".repeat(count) + "\"";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targeted")
  void targetedCase_passReportsWhatIsExpected_andNetworkntTheSameErrors(String name, String pointer, String json,
      List<String> expected) {
    String document = Fixtures.edited(pointer, json);
    List<StructuralProblem> pass = ClsSchema.standard().validate(document);
    assertEquals(expected.stream().sorted().toList(), ProblemKeys.keys(pass), pass::toString);
    assertEquals(ProblemKeys.schemaKeys(pass), NetworkntOracle.keys(document));
    for (StructuralProblem p : pass) {
      assertTrue(ProblemKeys.ofTheSchema(p) || MODEL_ONLY.containsKey(p.keyword()), p::toString);
    }
  }
}
