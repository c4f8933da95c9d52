package io.clsante.rules.territoire;

import static io.clsante.rules.territoire.TerritoireExamples.commune;
import static io.clsante.rules.territoire.TerritoireExamples.territoire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.FicheAction;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.TypeActeur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoireRulesTest {
  private static final Rule COMMUNES = new CommunesExistantes();
  private static final Rule ACTUELLES = new CommunesActuelles();
  private static final Rule EPCI = new EpciExistants();
  private static final Rule MEMBRES = new CommunesDansLeurEpci();
  private static final Rule REGION = new TerritoireDansLaRegion();
  private static final Rule DEPARTEMENTS = new CommunesDansLesDepartements();
  private static final Rule NON_VIDE = new TerritoireNonVide();
  private static final Rule CODES = new DepartementsEtRegionsExistants();

  @Test
  void registry_listsEveryRuleInIdOrder() {
    assertEquals(List.of("CLS-TER-001", "CLS-TER-002", "CLS-TER-003", "CLS-TER-004", "CLS-TER-005", "CLS-TER-006",
        "CLS-TER-007", "CLS-TER-008"), TerritoireRules.all().stream().map(Rule::id).toList());
  }

  static Stream<Arguments> firing() {
    return Stream.of(
        // CLS-TER-001: each place a commune code is written
        Arguments.of("TER-001 fiche sector", COMMUNES, secteur(s -> s.communes(List.of(code("32942")))),
            "/axes/1/fiches/0/secteur/communes/0", List.of(code("32942"), 2026)),
        Arguments.of("TER-001 actor", COMMUNES, acteur(3, a -> a.codeCommune(code("32942"))),
            "/acteurs/3/codeCommune", List.of(code("32942"), 2026)),
        Arguments.of("TER-001 actor that is not a commune", COMMUNES, acteur(4, a -> a.codeCommune(code("32006"))),
            "/acteurs/4/codeCommune", List.of(code("32006"), 2026)),
        // CLS-TER-002: associated, delegated, arrondissement; in each place
        Arguments.of("TER-002 associated commune in the territory", ACTUELLES,
            commune(1, c -> c.code(code("32011"))), "/territoire/communes/1/code",
            List.of(code("32011"), "Artiguedieu", code("32426"), "Seissan")),
        Arguments.of("TER-002 delegated commune in a sector", ACTUELLES,
            secteur(s -> s.communes(List.of(code("32242"), code("32067")))), "/axes/1/fiches/0/secteur/communes/1",
            List.of(code("32067"), "Cabas-Loumassès", code("32365"), "Cap d'Astarac")),
        Arguments.of("TER-002 municipal arrondissement for an actor", ACTUELLES,
            acteur(3, a -> a.codeCommune(code("13201"))), "/acteurs/3/codeCommune",
            List.of(code("13201"), "Marseille 1er Arrondissement", code("13055"), "Marseille")),
        // CLS-TER-003: each place an EPCI SIREN is written
        Arguments.of("TER-003 EPCI of a commune of the territory", EPCI,
            commune(0, c -> c.epci(Siren.parse("200172328"))), "/territoire/communes/0/epci",
            List.of(Siren.parse("200172328"), 2026)),
        Arguments.of("TER-003 fiche sector", EPCI, secteur(s -> s.epci(List.of(Siren.parse("200172328")))),
            "/axes/1/fiches/0/secteur/epci/0", List.of(Siren.parse("200172328"), 2026)),
        Arguments.of("TER-003 actor of an EPCI type", EPCI, acteur(1, a -> a.siren(Siren.parse("200172328"))),
            "/acteurs/1/siren", List.of(Siren.parse("200172328"), 2026)),
        Arguments.of("TER-003 SIREN of a commune (Barran) given as EPCI", EPCI,
            territoire(t -> t.epci(List.of(EpciTerritoire.of(Siren.parse("213200298"), "Barran")))),
            "/territoire/epci/0/siren", List.of(Siren.parse("213200298"), 2026)),
        // CLS-TER-004
        Arguments.of("TER-004 commune of another EPCI", MEMBRES, commune(2, c -> c.epci(Siren.parse("200035756"))),
            "/territoire/communes/2/epci",
            List.of("Barran", code("32029"), Siren.parse("200035756"), "CC Astarac Arros en Gascogne",
                "CC Val de Gers (200072320)", 2026)),
        Arguments.of("TER-004 commune outside any EPCI", MEMBRES,
            territoire(t -> t.addCommunes(CommuneTerritoire.builder().code(code("29083")).epci(Siren.parse("200072320"))
                .build())),
            "/territoire/communes/3/epci", List.of("Île-de-Sein", code("29083"), Siren.parse("200072320"),
                "CC Val de Gers", "—", 2026)),
        Arguments.of("TER-004 delegated commune, judged by its commune de rattachement", MEMBRES,
            commune(2, c -> c.code(code("32067")).epci(Siren.parse("200035756"))), "/territoire/communes/2/epci",
            List.of("Cabas-Loumassès", code("32067"), Siren.parse("200035756"), "CC Astarac Arros en Gascogne",
                "CC Val de Gers (200072320)", 2026)),
        // CLS-TER-005: communes, EPCI, départements; région declared or taken from the ARS
        Arguments.of("TER-005 département of another région", REGION,
            territoire(t -> t.addDepartements(CodeDepartement.parse("40"))), "/territoire/departements/1",
            List.of("Landes", CodeDepartement.parse("40"), List.of("Nouvelle-Aquitaine (75)"), "Occitanie (76)")),
        Arguments.of("TER-005 commune of another région", REGION,
            territoire(t -> t.addCommunes(CommuneTerritoire.of(code("40001")))), "/territoire/communes/3/code",
            List.of("Aire-sur-l'Adour", code("40001"), List.of("Nouvelle-Aquitaine (75)"), "Occitanie (76)")),
        Arguments.of("TER-005 EPCI straddling two régions", REGION,
            territoire(t -> t.addEpci(EpciTerritoire.of(Siren.parse("200030435"), "CC d'Aire-sur-l'Adour"))),
            "/territoire/epci/1/siren",
            List.of("CC d'Aire-sur-l'Adour", Siren.parse("200030435"), List.of("Nouvelle-Aquitaine (75)",
                "Occitanie (76)"), "Occitanie (76)")),
        Arguments.of("TER-005 commune of a collectivité d'outre-mer, in no région", REGION,
            territoire(t -> t.addCommunes(CommuneTerritoire.of(code("97502")))), "/territoire/communes/3/code",
            List.of("Saint-Pierre", code("97502"), List.of("—"), "Occitanie (76)")),
        Arguments.of("TER-005 no région declared: the signing ARS's", REGION,
            territoire(t -> t.region(Optional.empty()).addDepartements(CodeDepartement.parse("40"))),
            "/territoire/departements/1", List.of("Landes", CodeDepartement.parse("40"),
                List.of("Nouvelle-Aquitaine (75)"), "Occitanie (76)")),
        // CLS-TER-006
        Arguments.of("TER-006 commune of an undeclared département", DEPARTEMENTS,
            territoire(t -> t.addCommunes(CommuneTerritoire.of(code("65440")))), "/territoire/communes/3/code",
            List.of("Tarbes", code("65440"), "Hautes-Pyrénées (65)", List.of("Gers (32)"))),
        Arguments.of("TER-006 an unknown declared département is named by its code", DEPARTEMENTS,
            territoire(t -> t.addDepartements(CodeDepartement.parse("985")).addCommunes(CommuneTerritoire.of(code("65440")))),
            "/territoire/communes/3/code", List.of("Tarbes", code("65440"), "Hautes-Pyrénées (65)",
                List.of("Gers (32)", "985"))),
        // CLS-TER-007
        Arguments.of("TER-007 only a région and a groupement", NON_VIDE,
            territoire(t -> t.communes(List.of()).epci(List.of()).departements(List.of()).groupement("cc-val-de-gers")),
            "/territoire", List.of(StatutContrat.EN_VIGUEUR)),
        // CLS-TER-008: each place
        Arguments.of("TER-008 région code from before 2016", CODES, territoire(t -> t.region(CodeRegion.parse("91"))),
            "/territoire/region", List.of(CodeRegion.parse("91"), "region", 2026)),
        Arguments.of("TER-008 former département code of Mayotte", CODES,
            territoire(t -> t.addDepartements(CodeDepartement.parse("985"))), "/territoire/departements/1",
            List.of(CodeDepartement.parse("985"), "departements", 2026)),
        Arguments.of("TER-008 actor's département", CODES, acteur(2, a -> a.codeDepartement(CodeDepartement.parse("985"))),
            "/acteurs/2/codeDepartement", List.of(CodeDepartement.parse("985"), "codeDepartement", 2026)),
        Arguments.of("TER-008 actor's région", CODES, acteur(0, a -> a.codeRegion(CodeRegion.parse("73"))),
            "/acteurs/0/codeRegion", List.of(CodeRegion.parse("73"), "codeRegion", 2026)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firing")
  void fires(String label, Rule rule, ContratLocalDeSante c, String pointer, List<?> args) {
    List<Finding> f = RuleHarness.check(rule, c);
    assertEquals(1, f.size(), f.toString());
    assertEquals(rule.id(), f.get(0).ruleId());
    assertEquals(pointer, f.get(0).pointer());
    assertEquals(args, f.get(0).arguments());
  }

  static Stream<Arguments> quiet() {
    return Stream.of(
        Arguments.of("TER-001 delegated commune (CLS-TER-002's business)", COMMUNES, commune(0, c -> c.code(code("32067")))),
        Arguments.of("TER-001 municipal arrondissement", COMMUNES, acteur(3, a -> a.codeCommune(code("13201")))),
        Arguments.of("TER-002 delegated commune sharing its code with the commune nouvelle", ACTUELLES,
            commune(0, c -> c.code(code("32365")))),
        Arguments.of("TER-002 unknown code (CLS-TER-001's business)", ACTUELLES, commune(0, c -> c.code(code("32942")))),
        Arguments.of("TER-003 a CPAM's SIREN is not an EPCI's", EPCI, acteur(4, a -> a.siren(Siren.parse("213200298")))),
        Arguments.of("TER-004 delegated commune of a commune of the EPCI", MEMBRES, commune(2, c -> c.code(code("32067")))),
        Arguments.of("TER-004 commune without EPCI", MEMBRES, commune(2, c -> c.epci(Optional.empty()))),
        Arguments.of("TER-004 unknown EPCI (CLS-TER-003's business)", MEMBRES,
            commune(2, c -> c.epci(Siren.parse("200172328")))),
        Arguments.of("TER-004 unknown commune (CLS-TER-001's business)", MEMBRES, commune(2, c -> c.code(code("32942")))),
        Arguments.of("TER-005 no région declared nor given by the ARS", REGION,
            with(acteur(0, a -> a.codeRegion(Optional.empty())), b -> b.territoire(
                territoire(t -> t.region(Optional.empty()).addDepartements(CodeDepartement.parse("40"))).territoire()))),
        Arguments.of("TER-005 unknown région (CLS-TER-008's business)", REGION,
            territoire(t -> t.region(CodeRegion.parse("73")).addDepartements(CodeDepartement.parse("40")))),
        Arguments.of("TER-005 delegated commune of the région", REGION, commune(0, c -> c.code(code("32067")))),
        Arguments.of("TER-006 no département declared", DEPARTEMENTS,
            territoire(t -> t.departements(List.of()).addCommunes(CommuneTerritoire.of(code("65440"))))),
        Arguments.of("TER-006 unknown commune (CLS-TER-001's business)", DEPARTEMENTS,
            commune(0, c -> c.code(code("65942")))),
        Arguments.of("TER-007 one commune is enough", NON_VIDE,
            territoire(t -> t.communes(List.of(CommuneTerritoire.of(code("32242")))).epci(List.of()).departements(List.of()))),
        Arguments.of("TER-007 one EPCI is enough", NON_VIDE,
            territoire(t -> t.communes(List.of()).departements(List.of()))),
        Arguments.of("TER-007 one département is enough", NON_VIDE,
            territoire(t -> t.communes(List.of()).epci(List.of()))),
        Arguments.of("TER-008 overseas région and département, Corsica", CODES,
            territoire(t -> t.region(CodeRegion.parse("06")).departements(List.of(CodeDepartement.parse("976"),
                CodeDepartement.parse("2A"))))),
        Arguments.of("TER-008 collectivité d'outre-mer with a département code", CODES,
            acteur(2, a -> a.codeDepartement(CodeDepartement.parse("975")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quiet")
  void staysQuiet(String label, Rule rule, ContratLocalDeSante c) {
    assertEquals(List.of(), RuleHarness.check(rule, c));
  }

  @ParameterizedTest(name = "{0}: fires = {1}")
  @CsvSource({
      "EN_PREFIGURATION, false", "EN_DIAGNOSTIC, false", "EN_ELABORATION, false", "SIGNE, true", "EN_VIGUEUR, true",
      "EN_EVALUATION, true", "ECHU, true", "RESILIE, true", "RENOUVELE, true"})
  void emptyTerritory_firesFromSignatureOn(StatutContrat statut, boolean fires) {
    ContratLocalDeSante c = with(territoire(t -> t.communes(List.of()).epci(List.of()).departements(List.of())),
        b -> b.statut(statut));
    List<Finding> f = RuleHarness.check(NON_VIDE, c);
    assertEquals(fires ? List.of("/territoire") : List.of(), f.stream().map(Finding::pointer).toList());
    if (fires) {
      assertEquals(List.of(statut), f.get(0).arguments());
    }
  }

  /** Real codes of the reference examples, each with one character changed to a well-formed code. */
  static Stream<Arguments> communeTypos() {
    return Stream.of(
        Arguments.of("32029", "32529"), Arguments.of("32242", "32942"), Arguments.of("32256", "32259"),
        Arguments.of("15187", "15197"), Arguments.of("48061", "48066"), Arguments.of("82112", "82912"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("communeTypos")
  void oneCharacterTypoOfARealCommuneCode_fires(String real, String typo) {
    assertEquals(1, differences(real, typo));
    assertEquals(List.of(), RuleHarness.check(COMMUNES, commune(0, c -> c.code(code(real)))));
    List<Finding> f = RuleHarness.check(COMMUNES, commune(0, c -> c.code(code(typo))));
    assertEquals(1, f.size(), f.toString());
    assertEquals("/territoire/communes/0/code", f.get(0).pointer());
    assertEquals(List.of(code(typo), 2026), f.get(0).arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"200035756", "243200425", "200072320", "200066322", "200069151", "200066637", "200066660"})
  void seedEpci_areKnown(String siren) {
    assertEquals(List.of(), RuleHarness.check(EPCI,
        territoire(t -> t.epci(List.of(EpciTerritoire.of(Siren.parse(siren), "EPCI")))
            .communes(List.of()))));
  }

  /**
   * The seed EPCI SIRENs with one digit of the body changed. The Luhn key catches every single
   * changed digit, so the check digit is recomputed to keep the SIREN well formed: the typo gets
   * past the format and only the referential can catch it.
   */
  static Stream<Arguments> sirenTypos() {
    return Stream.of(
        Arguments.of("200035756", "200135754"), Arguments.of("243200425", "243300423"),
        Arguments.of("200072320", "200172328"), Arguments.of("200066322", "200166320"),
        Arguments.of("200069151", "200169159"), Arguments.of("200066637", "200166635"),
        Arguments.of("200066660", "200166668"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sirenTypos")
  void oneDigitTypoOfASeedSiren_fires(String real, String typo) {
    assertEquals(1, differences(real.substring(0, 8), typo.substring(0, 8)));
    Siren siren = Siren.parse(typo); // well formed: the key was recomputed
    List<Finding> f = RuleHarness.check(EPCI,
        territoire(t -> t.epci(List.of(EpciTerritoire.of(siren, "EPCI"))).communes(List.of())));
    assertEquals(1, f.size(), f.toString());
    assertEquals("/territoire/epci/0/siren", f.get(0).pointer());
    assertEquals(List.of(siren, 2026), f.get(0).arguments());
  }

  @Test
  void everyOffendingCode_getsItsOwnFinding() {
    ContratLocalDeSante c = territoire(t -> t.communes(List.of(CommuneTerritoire.of(code("32942")),
        CommuneTerritoire.of(code("32529")))));
    assertEquals(List.of("/territoire/communes/0/code", "/territoire/communes/1/code"),
        RuleHarness.check(COMMUNES, c).stream().map(Finding::pointer).toList());
    // A région changed to the neighbour's puts every commune, the EPCI and the département outside it.
    assertEquals(List.of("/territoire/communes/0/code", "/territoire/communes/1/code", "/territoire/communes/2/code",
            "/territoire/epci/0/siren", "/territoire/departements/0"),
        RuleHarness.check(REGION, territoire(t -> t.region(CodeRegion.parse("75")))).stream()
            .map(Finding::pointer).toList());
  }

  @Test
  void associatedCommune_messagesNameTheCommuneToUse() {
    Finding f = RuleHarness.check(ACTUELLES, commune(1, c -> c.code(code("32011")))).get(0);
    assertEquals("le code 32011 désigne Artiguedieu, qui n'est pas une commune actuelle mais une partie de Seissan "
        + "(32426) ; employez le code 32426, le seul que connaissent les listes d'EPCI et les statistiques communales",
        f.message(Locale.FRENCH));
    assertEquals("the code 32011 designates Artiguedieu, which is not a current commune but part of Seissan (32426); "
        + "use the code 32426, the only one that EPCI lists and commune statistics know", f.message(Locale.ENGLISH));
  }

  @Test
  void communeOfAnotherEpci_messagesNameBothEpci() {
    Finding f = RuleHarness.check(MEMBRES, commune(2, c -> c.epci(Siren.parse("200035756")))).get(0);
    assertEquals("Barran (32029) est déclarée dans CC Astarac Arros en Gascogne (200035756) mais n'en est pas membre "
        + "au 1er janvier 2026 (son EPCI : CC Val de Gers (200072320)) ; corrigez le SIREN de l'EPCI de cette commune",
        f.message(Locale.FRENCH));
    assertEquals("Barran (32029) is declared in CC Astarac Arros en Gascogne (200035756) but is not a member of it on "
        + "1 January 2026 (its EPCI: CC Val de Gers (200072320)); fix the SIREN of this commune's EPCI",
        f.message(Locale.ENGLISH));
  }

  private static int differences(String a, String b) {
    assertEquals(a.length(), b.length());
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    assertNotEquals(0, n);
    return n;
  }

  private static CodeCommune code(String code) {
    return CodeCommune.parse(code);
  }

  private static ContratLocalDeSante with(ContratLocalDeSante c, UnaryOperator<ContratLocalDeSante.Builder> change) {
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(c);
    return change.apply(b).build();
  }

  /** The base contract with its actor {@code i} changed. */
  private static ContratLocalDeSante acteur(int i, UnaryOperator<Acteur.Builder> change) {
    List<Acteur> acteurs = new ArrayList<>(RuleHarness.base().acteurs());
    Acteur.Builder b = Acteur.builder();
    b.from(acteurs.get(i));
    acteurs.set(i, change.apply(b).build());
    return RuleHarness.base(c -> c.acteurs(acteurs));
  }

  /** The base contract with the sector of fiche FA 2.1 (communes 32242, 32426; EPCI 200072320) changed. */
  private static ContratLocalDeSante secteur(UnaryOperator<SecteurGeographique.Builder> change) {
    ContratLocalDeSante base = RuleHarness.base();
    Axe axe = base.axes().get(1);
    FicheAction fiche = axe.fiches().get(0);
    SecteurGeographique.Builder s = SecteurGeographique.builder();
    s.from(fiche.secteur().orElseThrow());
    FicheAction changed = FicheAction.builder().from(fiche).secteur(change.apply(s).build()).build();
    Axe axe2 = Axe.builder().from(axe).fiches(List.of(changed)).build();
    return RuleHarness.base(b -> b.axes(Arrays.asList(base.axes().get(0), axe2)));
  }

  @Test
  void baseContract_hasTheShapeTheTablesAssume() {
    Territoire t = RuleHarness.base().territoire();
    assertEquals(List.of("32242", "32426", "32029"), t.communes().stream().map(c -> c.code().toString()).toList());
    assertEquals(TypeActeur.COMMUNAUTE_COMMUNES, RuleHarness.base().acteurs().get(1).type());
    assertEquals(TypeActeur.CPAM, RuleHarness.base().acteurs().get(4).type());
    assertEquals(List.of("32242", "32426"), RuleHarness.base().axes().get(1).fiches().get(0).secteur().orElseThrow()
        .communes().stream().map(CodeCommune::toString).toList());
  }
}
