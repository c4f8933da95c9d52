package io.clsante.rules.axes;

import static io.clsante.rules.RuleHarness.assertFinding;
import static io.clsante.rules.RuleHarness.assertQuiet;
import static io.clsante.rules.RuleHarness.day;
import static io.clsante.rules.RuleHarness.rule;
import static io.clsante.rules.axes.AxesExamples.axe;
import static io.clsante.rules.axes.AxesExamples.fiche;
import static io.clsante.rules.axes.AxesExamples.numerotation;
import static io.clsante.rules.axes.AxesExamples.objectif;
import static io.clsante.rules.axes.AxesExamples.secteur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Axe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EpciTerritoire;
import io.clsante.model.Evenement;
import io.clsante.model.FicheAction;
import io.clsante.model.Intervenant;
import io.clsante.model.NumerotationFiches;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.SecteurGeographique;
import io.clsante.model.Signataire;
import io.clsante.model.StatutContrat;
import io.clsante.model.Territoire;
import io.clsante.model.Thematique;
import io.clsante.model.TypeEvenement;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AxesRulesTest {
  private static final FicheAction FA_1_1 = RuleHarness.base().axes().get(0).fiches().get(0);

  @Test
  void all_listsTheFamilyInIdOrderWithTheirSeverities() {
    assertEquals(List.of("CLS-AXE-001", "CLS-AXE-002", "CLS-AXE-003", "CLS-AXE-004", "CLS-AXE-005",
        "CLS-AXE-006", "CLS-AXE-007", "CLS-AXE-008", "CLS-AXE-009", "CLS-AXE-010"),
        AxesRules.all().stream().map(Rule::id).toList());
    assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.ERROR,
        Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.ERROR),
        AxesRules.all().stream().map(Rule::defaultSeverity).toList());
  }

  // --- CLS-AXE-001 ---------------------------------------------------------------------------

  static Stream<StatutContrat> signedWithoutAxis() {
    return Stream.of(
        StatutContrat.SIGNE, StatutContrat.EN_VIGUEUR, StatutContrat.EN_EVALUATION, StatutContrat.ECHU,
        StatutContrat.RESILIE, StatutContrat.RENOUVELE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedWithoutAxis")
  void signedWithoutAxis_fires(StatutContrat statut) {
    assertFinding("CLS-AXE-001", RuleHarness.base(b -> b.statut(statut).axes(List.of())), "/axes", List.of(statut));
  }

  static Stream<StatutContrat> beforeSignature() {
    return Stream.of(StatutContrat.EN_PREFIGURATION, StatutContrat.EN_DIAGNOSTIC, StatutContrat.EN_ELABORATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beforeSignature")
  void notYetSignedWithoutAxis_isQuiet(StatutContrat statut) {
    assertQuiet("CLS-AXE-001", RuleHarness.base(b -> b.statut(statut).axes(List.of())));
  }

  // --- CLS-AXE-002 ---------------------------------------------------------------------------

  @Test
  void everyRepeatedAxisNumber_fires() {
    Axe axe1 = RuleHarness.base().axes().get(0);
    ContratLocalDeSante c = RuleHarness.base(b -> b.axes(List.of(axe1,
        Axe.builder().from(RuleHarness.base().axes().get(1)).numero(1).build(),
        Axe.builder().from(axe1).id("axe-3").intitule("Prévention").fiches(List.of()).build())));
    List<Finding> f = RuleHarness.check(rule("CLS-AXE-002"), c);
    assertEquals(List.of("/axes/1/numero", "/axes/2/numero"), f.stream().map(Finding::pointer).toList());
    assertEquals(List.of(List.of(1, "Accès aux soins"), List.of(1, "Accès aux soins")),
        f.stream().map(Finding::arguments).toList());
  }

  @Test
  void distinctAxisNumbers_notConsecutive_areQuiet() {
    assertQuiet("CLS-AXE-002", axe(1, a -> a.numero(7)));
  }

  // --- CLS-AXE-003 ---------------------------------------------------------------------------

  static Stream<Arguments> sameCodes() {
    return Stream.of(
        Arguments.of("lower case, no space", secondFiche("fa1.1"), "/axes/0/fiches/1/code",
            List.of("fa1.1", "FA 1.1", "Accueillir les jeunes praticiens")),
        Arguments.of("surrounding spaces", secondFiche("  FA 1.1 "), "/axes/0/fiches/1/code",
            List.of("  FA 1.1 ", "FA 1.1", "Accueillir les jeunes praticiens")),
        Arguments.of("no-break space", secondFiche("FA\u00a01.1"), "/axes/0/fiches/1/code",
            List.of("FA\u00a01.1", "FA 1.1", "Accueillir les jeunes praticiens")),
        Arguments.of("in another axis", fiche(1, 0, f -> f.code("Fa 1.1")), "/axes/1/fiches/0/code",
            List.of("Fa 1.1", "FA 1.1", "Accueillir les jeunes praticiens")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameCodes")
  void sameCodeIgnoringCaseAndSpaces_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-AXE-003", c, pointer, args);
  }

  static Stream<Arguments> differentCodes() {
    return Stream.of(
        Arguments.of("FA 1.10", secondFiche("FA 1.10")),
        Arguments.of("FA-1.1, a hyphen is not a space", secondFiche("FA-1.1")),
        Arguments.of("FA 1.1 bis", secondFiche("FA 1.1 bis")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differentCodes")
  void differentCodes_areQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-AXE-003", c);
  }

  // --- CLS-AXE-004 ---------------------------------------------------------------------------

  static Stream<Arguments> codesOfAnotherAxis() {
    return Stream.of(
        Arguments.of("Fiche 2-3 in axis 1", fiche(0, 0, f -> f.code("Fiche 2-3")), "/axes/0/fiches/0/code",
            List.of("Fiche 2-3", "2", 1)),
        Arguments.of("Action 12 in axis 1", fiche(0, 0, f -> f.code("Action 12")), "/axes/0/fiches/0/code",
            List.of("Action 12", "12", 1)),
        Arguments.of("FA 1.1 in axis 11", axe(0, a -> a.numero(11)), "/axes/0/fiches/0/code",
            List.of("FA 1.1", "1", 11)),
        Arguments.of("FA 0.1 in axis 1", fiche(0, 0, f -> f.code("FA 0.1")), "/axes/0/fiches/0/code",
            List.of("FA 0.1", "0", 1)),
        Arguments.of("a run of digits too long for an int", fiche(0, 0, f -> f.code("FA 12345678901234567890")),
            "/axes/0/fiches/0/code", List.of("FA 12345678901234567890", "12345678901234567890", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codesOfAnotherAxis")
  void codeNumberingAnotherAxis_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-AXE-004", c, pointer, args);
  }

  static Stream<Arguments> codesOfTheirAxis() {
    return Stream.of(
        Arguments.of("Fiche 2-3 in axis 2", fiche(1, 0, f -> f.code("Fiche 2-3"))),
        Arguments.of("leading zero, FA 01.1 in axis 1", fiche(0, 0, f -> f.code("FA 01.1"))),
        Arguments.of("no digit", fiche(0, 0, f -> f.code("FA A"))),
        Arguments.of("the axis number alone", fiche(0, 0, f -> f.code("1"))),
        Arguments.of("FA 11.1 in axis 11", axe(0, a -> a.numero(11).fiches(List.of(
            FicheAction.builder().from(FA_1_1).code("FA 11.1").build())))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codesOfTheirAxis")
  void codeNumberingItsAxis_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-AXE-004", c);
  }

  static Stream<Arguments> continuousNumberingBroken() {
    return Stream.of(
        Arguments.of("axis 2 starts again at 1", numerotation(NumerotationFiches.CONTINUE, List.of("FA 1", "FA 2"),
            List.of("FA 1")), "/axes/1/fiches/0/code", List.of("FA 1", "1", "3")),
        Arguments.of("a number skipped, only the first break", numerotation(NumerotationFiches.CONTINUE,
            List.of("Action 1", "Action 3"), List.of("Action 5")), "/axes/0/fiches/1/code",
            List.of("Action 3", "3", "2")),
        Arguments.of("a number repeated, after a code without digit", numerotation(NumerotationFiches.CONTINUE,
            List.of("FA 7", "FA A"), List.of("FA 7")), "/axes/1/fiches/0/code", List.of("FA 7", "7", "8")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("continuousNumberingBroken")
  void continuousNumberingBroken_firesOnce(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-AXE-004", c, pointer, args);
  }

  static Stream<Arguments> numberedAsDeclared() {
    return Stream.of(
        Arguments.of("continuous across axes", numerotation(NumerotationFiches.CONTINUE, List.of("FA 1", "FA 2"),
            List.of("FA 3", "FA 4"))),
        Arguments.of("continuous from 12, leading zeros", numerotation(NumerotationFiches.CONTINUE,
            List.of("Action 12"), List.of("Action 013"))),
        Arguments.of("continuous, numbers beyond a long", numerotation(NumerotationFiches.CONTINUE,
            List.of("FA 12345678901234567890"), List.of("FA 12345678901234567891"))),
        Arguments.of("by axis, declared", numerotation(NumerotationFiches.PAR_AXE, List.of("FA 1.1", "FA 1.2"),
            List.of("FA 2.1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numberedAsDeclared")
  void numberedAsDeclared_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-AXE-004", c);
  }

  @Test
  void continuousPlan_warnsOnEveryFicheUnlessItsNumberingIsDeclared() {
    ContratLocalDeSante c = numerotation(NumerotationFiches.CONTINUE, List.of("FA 1", "FA 2"), List.of("FA 3"));
    assertEquals(List.of(), RuleHarness.check(rule("CLS-AXE-004"), c));
    // Numbering unknown or by axis: each fiche whose number is not its axis's is reported.
    for (java.util.Optional<NumerotationFiches> n : List.of(java.util.Optional.<NumerotationFiches>empty(),
        java.util.Optional.of(NumerotationFiches.PAR_AXE))) {
      List<Finding> f = RuleHarness.check(rule("CLS-AXE-004"),
          ContratLocalDeSante.builder().from(c).numerotationFiches(n).build());
      assertEquals(List.of("/axes/0/fiches/1/code", "/axes/1/fiches/0/code"),
          f.stream().map(Finding::pointer).toList(), n.toString());
    }
  }

  // --- CLS-AXE-010 ---------------------------------------------------------------------------

  static Stream<Arguments> objectiveOfAnotherAxis() {
    return Stream.of(
        Arguments.of("an id no objective carries", objectif(0, "os-1-1", "os-1-2"), "/axes/0/fiches/0/objectifStrategique",
            List.of("FA 1.1", "os-1-2", 1)),
        Arguments.of("an objective of the other axis", RuleHarness.base(b -> b.axes(List.of(
            objectif(0, "os-1-1", "os-1-1").axes().get(0),
            objectif(1, "os-2-1", "os-1-1").axes().get(1)))), "/axes/1/fiches/0/objectifStrategique",
            List.of("FA 2.1", "os-1-1", 2)),
        Arguments.of("an axis whose objectives are titles only", fiche(0, 0, f -> f.objectifStrategique("os-1-1")),
            "/axes/0/fiches/0/objectifStrategique", List.of("FA 1.1", "os-1-1", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectiveOfAnotherAxis")
  void objectiveNotOfItsAxis_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-AXE-010", c, pointer, args);
  }

  @Test
  void objectiveOfItsAxis_orNone_isQuiet() {
    assertQuiet("CLS-AXE-010", objectif(0, "os-1-1", "os-1-1"));
    assertQuiet("CLS-AXE-010", RuleHarness.base());
  }

  // --- CLS-AXE-005, CLS-AXE-006 --------------------------------------------------------------

  @Test
  void ficheWithoutLead_fires_andAnUnknownLeadIsLeftToReferences() {
    assertFinding("CLS-AXE-005", fiche(0, 0, f -> f.porteurs(List.of())), "/axes/0/fiches/0/porteurs",
        List.of("FA 1.1", "Accueillir les jeunes praticiens"));
    assertQuiet("CLS-AXE-005", fiche(0, 0, f -> f.porteurs(List.of(Intervenant.of("inconnu")))));
  }

  @Test
  void everyFicheWithoutIndicator_fires() {
    ContratLocalDeSante c = RuleHarness.base(b -> b.axes(withoutIndicators(RuleHarness.base().axes())));
    List<Finding> f = RuleHarness.check(rule("CLS-AXE-006"), c);
    assertEquals(List.of("/axes/0/fiches/0/indicateurs", "/axes/1/fiches/0/indicateurs"),
        f.stream().map(Finding::pointer).toList());
    assertEquals(List.of("FA 2.1", "Premiers secours en santé mentale"), f.get(1).arguments());
  }

  // --- CLS-AXE-007 ---------------------------------------------------------------------------

  static Stream<Arguments> emptyAxes() {
    ContratLocalDeSante vide = axe(1, a -> a.fiches(List.of()));
    return Stream.of(
        Arguments.of(with(vide, b -> b.statut(StatutContrat.SIGNE)), List.of(2, "Santé mentale", StatutContrat.SIGNE)),
        Arguments.of(with(vide, b -> b.statut(StatutContrat.ECHU)), List.of(2, "Santé mentale", StatutContrat.ECHU)));
  }

  @ParameterizedTest
  @MethodSource("emptyAxes")
  void signedWithAnEmptyAxis_fires(ContratLocalDeSante c, List<?> args) {
    assertFinding("CLS-AXE-007", c, "/axes/1/fiches", args);
  }

  @Test
  void emptyAxisBeforeSignature_isQuiet() {
    assertQuiet("CLS-AXE-007", with(axe(1, a -> a.fiches(List.of())), b -> b.statut(StatutContrat.EN_ELABORATION)));
  }

  // --- CLS-AXE-008 ---------------------------------------------------------------------------

  static Stream<Arguments> sectorsOutside() {
    UnaryOperator<ContratLocalDeSante> sansEpci = c -> with(c, b -> b.territoire(
        Territoire.builder().from(c.territoire()).epci(List.of()).build()));
    return Stream.of(
        Arguments.of("commune of another EPCI", secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32107"))),
            "/axes/1/fiches/0/secteur/communes/2", List.of("32107 Condom", "FA 2.1")),
        Arguments.of("commune unknown to the COG", secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32999"))),
            "/axes/1/fiches/0/secteur/communes/2", List.of("32999", "FA 2.1")),
        Arguments.of("another EPCI", secteur(1, 0, s -> s.addEpci(Siren.parse("243200417"))),
            "/axes/1/fiches/0/secteur/epci/1", List.of("243200417 CC de la Tenarèze", "FA 2.1")),
        Arguments.of("territory of communes only: a member of their EPCI that is not listed",
            sansEpci.apply(secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32041")))),
            "/axes/1/fiches/0/secteur/communes/2", List.of("32041 Bellegarde", "FA 2.1")),
        Arguments.of("a sector on a fiche covering the whole territory",
            secteur(0, 0, s -> s.addEpci(Siren.parse("243200417"))),
            "/axes/0/fiches/0/secteur/epci/0", List.of("243200417 CC de la Tenarèze", "FA 1.1")),
        Arguments.of("an operation's sector",
            secteurDOperation(SecteurGeographique.builder().addCommunes(CodeCommune.parse("32107")).build()),
            "/axes/0/fiches/0/operations/0/secteur/communes/0",
            List.of("32107 Condom", "FA 1.1 – " + RuleHarness.base().axes().get(0).fiches().get(0).operations().get(0)
                .intitule())));
  }

  /** The base contract with a sector given to the first operation of FA 1.1. */
  private static ContratLocalDeSante secteurDOperation(SecteurGeographique secteur) {
    Operation op = RuleHarness.base().axes().get(0).fiches().get(0).operations().get(0);
    return AxesExamples.fiche(0, 0, f -> f.operations(List.of(Operation.builder().from(op).secteur(secteur).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sectorsOutside")
  void sectorOutsideTheTerritory_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-AXE-008", c, pointer, args);
  }

  static Stream<Arguments> sectorsInside() {
    Territoire base = RuleHarness.base().territoire();
    ContratLocalDeSante bellegarde = secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32041")));
    return Stream.of(
        Arguments.of("a member of the territory's EPCI, not listed", bellegarde),
        Arguments.of("an associated commune of a listed commune (Artiguedieu, of Seissan)",
            secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32011")))),
        Arguments.of("territory of communes only: the EPCI of its communes", with(secteur(1, 0, s -> s),
            b -> b.territoire(Territoire.builder().from(base).epci(List.of()).build()))),
        Arguments.of("territory of communes only, without their EPCI: the EPCI the COG gives them",
            with(secteur(1, 0, s -> s), b -> b.territoire(Territoire.builder().from(base).epci(List.of())
                .communes(base.communes().stream().map(c -> CommuneTerritoire.of(c.code())).toList()).build()))),
        Arguments.of("territory naming an associated commune, sector naming its current commune",
            with(secteur(1, 0, s -> s), b -> b.territoire(Territoire.builder().from(base).epci(List.of())
                .communes(List.of(CommuneTerritoire.of(CodeCommune.parse("32242")),
                    CommuneTerritoire.of(CodeCommune.parse("32011")))).build()))),
        Arguments.of("a fiche's sector said to reach beyond the territory",
            secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32107")).horsTerritoire(true))),
        Arguments.of("an operation's sector said to reach beyond the territory",
            secteurDOperation(SecteurGeographique.builder().addCommunes(CodeCommune.parse("32107"))
                .addEpci(Siren.parse("243200417")).libelle("Salon régional").horsTerritoire(true).build())),
        Arguments.of("an operation's sector inside the territory",
            secteurDOperation(SecteurGeographique.builder().addCommunes(CodeCommune.parse("32041")).build())),
        Arguments.of("territory with neither communes nor EPCI",
            with(secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32107"))),
                b -> b.territoire(Territoire.builder().from(base).communes(List.of()).epci(List.of()).build()))),
        Arguments.of("territory EPCI unknown to the COG (territory rules' business)", with(bellegarde,
            b -> b.territoire(Territoire.builder().from(base)
                .epci(List.of(EpciTerritoire.of(Siren.parse("200099992"), "EPCI inconnu"))).build()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sectorsInside")
  void sectorInsideTheTerritory_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-AXE-008", c);
  }

  // --- CLS-AXE-009 ---------------------------------------------------------------------------

  static Stream<Arguments> withoutMentalHealth() {
    return Stream.of(
        Arguments.of("signed on the day the 3DS law came into force", signedOn("2022-02-23"),
            List.of(day("2022-02-23"))),
        Arguments.of("no signature date: the period's first day", with(unsigned(), b -> b.periode(
            Periode.of(DateCalendaire.parse("2023"), DateCalendaire.parse("2027")))), List.of(day("2023-01-01"))),
        Arguments.of("no SIGNATURE event: the signatories' date",
            with(sansSanteMentale(), b -> b.evenements(List.of())), List.of(day("2025-11-13"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withoutMentalHealth")
  void signedSince3dsWithoutMentalHealth_fires(String label, ContratLocalDeSante c, List<?> args) {
    assertFinding("CLS-AXE-009", c, "/axes", args);
  }

  static Stream<Arguments> exemptOrCompliant() {
    Axe axe2 = RuleHarness.base().axes().get(1);
    return Stream.of(
        Arguments.of("signed the day before", signedOn("2022-02-22")),
        Arguments.of("a fiche tagged, not its axis", RuleHarness.base(b -> b.axes(List.of(
            RuleHarness.base().axes().get(0),
            Axe.builder().from(axe2).thematiques(List.of(Thematique.PREVENTION_PROMOTION_SANTE)).fiches(List.of(
                FicheAction.builder().from(axe2.fiches().get(0)).thematiques(List.of(Thematique.SANTE_MENTALE))
                    .build())).build())))),
        Arguments.of("not yet signed", with(sansSanteMentale(), b -> b.statut(StatutContrat.EN_ELABORATION))),
        Arguments.of("neither signature date nor period", with(unsigned(), b -> b.periode(Optional.empty()))),
        Arguments.of("no axis at all (CLS-AXE-001)", RuleHarness.base(b -> b.axes(List.of()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exemptOrCompliant")
  void exemptOrWithMentalHealth_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-AXE-009", c);
  }

  // --- texts ---------------------------------------------------------------------------------

  @Test
  void sector_messageInFrenchAndEnglish() {
    Finding f = RuleHarness.check(rule("CLS-AXE-008"),
        secteur(1, 0, s -> s.addCommunes(CodeCommune.parse("32107")))).get(0);
    assertEquals("le secteur de la fiche « FA 2.1 » vise 32107 Condom, qui n'appartient pas au territoire du "
        + "contrat selon le COG : une action du contrat ne peut viser que le territoire qu'il couvre ; corrigez "
        + "le secteur ou complétez le territoire", f.message(Locale.FRENCH));
    assertEquals("the sector of the fiche \"FA 2.1\" targets 32107 Condom, which is not part of the contract's "
        + "territory according to the COG: an action of the contract can only target the territory it covers; "
        + "fix the sector or complete the territory", f.message(Locale.ENGLISH));
  }

  @Test
  void mentalHealth_messageInFrenchAndEnglish() {
    Finding f = RuleHarness.check(rule("CLS-AXE-009"), sansSanteMentale()).get(0);
    assertEquals("aucun axe ni aucune fiche n'a la thématique SANTE_MENTALE alors que le contrat, signé "
        + "(à défaut commencé) le 2025-11-13, relève de la loi 3DS : depuis le 2022-02-23, tout CLS comporte un "
        + "volet santé mentale (art. L1434-10 IV CSP) ; donnez la thématique SANTE_MENTALE à l'axe ou aux fiches "
        + "qui le portent, ou ajoutez-les", f.message(Locale.FRENCH));
    assertEquals("no axis nor fiche has the SANTE_MENTALE theme although the contract, signed (else started) on "
        + "2025-11-13, falls under the 3DS law: since 2022-02-23 every CLS includes a mental-health component "
        + "(art. L1434-10 IV CSP); give the SANTE_MENTALE theme to the axis or fiches that carry it, or add them",
        f.message(Locale.ENGLISH));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Axis 1 with a second fiche, a copy of FA 1.1 under another id and code. */
  private static ContratLocalDeSante secondFiche(String code) {
    return axe(0, a -> a.addFiches(FicheAction.builder().from(FA_1_1).id("fa-1-2").code(code).build()));
  }

  private static List<Axe> withoutIndicators(List<Axe> axes) {
    List<Axe> out = new ArrayList<>();
    for (Axe a : axes) {
      out.add(Axe.builder().from(a).fiches(a.fiches().stream()
          .map(f -> FicheAction.builder().from(f).indicateurs(List.of()).build()).toList()).build());
    }
    return out;
  }

  /** The base contract whose only mental-health tag, on axis 2, is replaced. */
  private static ContratLocalDeSante sansSanteMentale() {
    return axe(1, a -> a.thematiques(List.of(Thematique.PREVENTION_PROMOTION_SANTE)));
  }

  /** {@link #sansSanteMentale()} with its SIGNATURE event and every signature on one day. */
  private static ContratLocalDeSante signedOn(String day) {
    LocalDate d = LocalDate.parse(day);
    ContratLocalDeSante c = sansSanteMentale();
    return with(c, b -> b.evenements(c.evenements().stream().map(e -> e.type() == TypeEvenement.SIGNATURE
            ? Evenement.builder().from(e).date(DateCalendaire.jour(d)).build() : e).toList())
        .signataires(c.signataires().stream()
            .map(s -> Signataire.builder().from(s).dateSignature(d).build()).toList()));
  }

  /** {@link #sansSanteMentale()} without SIGNATURE event nor signature dates. */
  private static ContratLocalDeSante unsigned() {
    ContratLocalDeSante c = sansSanteMentale();
    return with(c, b -> b.evenements(List.of()).signataires(c.signataires().stream()
        .map(s -> Signataire.builder().from(s).dateSignature(Optional.empty()).build()).toList()));
  }

  /** A contract changed through its builder. */
  private static ContratLocalDeSante with(ContratLocalDeSante c, UnaryOperator<ContratLocalDeSante.Builder> change) {
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(c);
    return change.apply(b).build();
  }
}
