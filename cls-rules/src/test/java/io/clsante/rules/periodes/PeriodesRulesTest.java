package io.clsante.rules.periodes;

import static io.clsante.rules.periodes.PeriodesExamples.date;
import static io.clsante.rules.periodes.PeriodesExamples.evenement;
import static io.clsante.rules.periodes.PeriodesExamples.fiche;
import static io.clsante.rules.periodes.PeriodesExamples.finPrs;
import static io.clsante.rules.periodes.PeriodesExamples.jour;
import static io.clsante.rules.periodes.PeriodesExamples.operation;
import static io.clsante.rules.periodes.PeriodesExamples.periode;
import static io.clsante.rules.periodes.PeriodesExamples.sansPrefiguration;
import static io.clsante.rules.periodes.PeriodesExamples.signature;
import static io.clsante.rules.RuleHarness.assertFinding;
import static io.clsante.rules.RuleHarness.assertQuiet;
import static io.clsante.rules.RuleHarness.day;
import static io.clsante.rules.RuleHarness.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.Avenant;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Evaluation;
import io.clsante.model.NatureContrat;
import io.clsante.model.Periode;
import io.clsante.model.Signataire;
import io.clsante.model.TypeEvaluation;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodesRulesTest {

  @Test
  void all_listsTheFamilyInIdOrderWithTheirSeverities() {
    assertEquals(List.of("CLS-PER-001", "CLS-PER-002", "CLS-PER-003", "CLS-PER-004", "CLS-PER-005", "CLS-PER-006",
        "CLS-PER-007"), PeriodesRules.all().stream().map(Rule::id).toList());
    assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING,
        Severity.INFO, Severity.WARNING),
        PeriodesRules.all().stream().map(Rule::defaultSeverity).toList());
  }

  // --- CLS-PER-001 ---------------------------------------------------------------------------

  static Stream<Arguments> inverted() {
    return Stream.of(
        Arguments.of("contract period", periode(Periode.of(jour("2029-12-31"), jour("2025-11-13"))),
            "/periode", List.of(date("2029-12-31"), date("2025-11-13"))),
        Arguments.of("fiche calendar by years", fiche(0, 0, f -> f.calendrier(Periode.of(date("2027"), date("2026")))),
            "/axes/0/fiches/0/calendrier", List.of(date("2027"), date("2026"))),
        Arguments.of("operation calendar by quarters",
            operation(0, 0, 0, o -> o.calendrier(Periode.of(date("2026-T4"), date("2026-T3")))),
            "/axes/0/fiches/0/operations/0/calendrier", List.of(date("2026-T4"), date("2026-T3"))),
        Arguments.of("evaluation period",
            evaluation(TypeEvaluation.ANNUELLE, Periode.of(date("2027"), date("2026-06"))),
            "/evaluations/0/periode", List.of(date("2027"), date("2026-06"))),
        Arguments.of("'pas avant' calendar with an end before its start",
            fiche(1, 0, f -> f.calendrier(
                Periode.builder().debut(date("2026-S2")).fin(date("2026-03")).pasAvant(true).build())),
            "/axes/1/fiches/0/calendrier", List.of(date("2026-S2"), date("2026-03"))),
        Arguments.of("by one day", periode(Periode.of(jour("2026-03-02"), jour("2026-03-01"))),
            "/periode", List.of(date("2026-03-02"), date("2026-03-01"))),
        Arguments.of("event spanning years, ending before it starts", evenement(date("2025"), date("2023")),
            "/evenements/0", List.of(date("2025"), date("2023"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inverted")
  void endBeforeStart_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-PER-001", c, pointer, args);
  }

  static Stream<Arguments> ordered() {
    return Stream.of(
        Arguments.of("one single day", periode(Periode.of(jour("2026-03-01"), jour("2026-03-01")))),
        Arguments.of("a month ending a year it starts", periode(Periode.of(date("2026"), date("2026-01")))),
        Arguments.of("a year containing a later month", periode(Periode.of(date("2026-12"), date("2026")))),
        Arguments.of("no end", periode(Periode.builder().debut(date("2026")).build())),
        Arguments.of("open-ended", periode(Periode.builder().debut(date("2026")).pasAvant(true).build())),
        Arguments.of("event between 2023 and 2025", evenement(date("2023"), date("2025"))),
        Arguments.of("event ending the year of its month", evenement(date("2025-06"), date("2025"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordered")
  void startNotAfterEnd_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-PER-001", c);
  }

  // --- CLS-PER-002 ---------------------------------------------------------------------------

  static Stream<Arguments> unusualDurations() {
    return Stream.of(
        Arguments.of("a day short of 3 years", Periode.of(jour("2025-01-02"), jour("2027-12-31")),
            List.of(day("2025-01-02"), day("2027-12-31"), 2, 11, 30)),
        Arguments.of("a day over 5 years", Periode.of(jour("2025-01-01"), jour("2030-01-01")),
            List.of(day("2025-01-01"), day("2030-01-01"), 5, 0, 1)),
        Arguments.of("2025 to 2031 by years: over 5 years even from the end of 2025 to the start of 2031",
            Periode.of(date("2025"), date("2031")), List.of(day("2025-12-31"), day("2031-01-01"), 5, 0, 2)),
        Arguments.of("2025 to 2027-T1: under 3 years even from January 2025 to March 2027",
            Periode.of(date("2025"), date("2027-T1")), List.of(day("2025-01-01"), day("2027-03-31"), 2, 3, 0)),
        Arguments.of("a year without end: the span of debut", Periode.builder().debut(date("2025")).build(),
            List.of(day("2025-01-01"), day("2025-12-31"), 1, 0, 0)),
        Arguments.of("semesters, 2 years and a half", Periode.of(date("2025-S2"), date("2027-S2")),
            List.of(day("2025-07-01"), day("2027-12-31"), 2, 6, 0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusualDurations")
  void durationOutside3To5Years_fires(String label, Periode p, List<?> args) {
    assertFinding("CLS-PER-002", periode(p), "/periode", args);
  }

  static Stream<Arguments> usualDurations() {
    return Stream.of(
        Arguments.of("2025 to 2029, exactly 5 years", periode(Periode.of(date("2025"), date("2029")))),
        Arguments.of("2025 to 2030 by years: from 4 to 6 years, possibly 5",
            periode(Periode.of(date("2025"), date("2030")))),
        Arguments.of("2025-S2 to 2028-S1 by semesters: from 2 to 3 years, possibly 3",
            periode(Periode.of(date("2025-S2"), date("2028-S1")))),
        Arguments.of("exactly 3 years", periode(Periode.of(jour("2025-01-01"), jour("2027-12-31")))),
        Arguments.of("exactly 5 years by days", periode(Periode.of(jour("2025-03-15"), jour("2030-03-14")))),
        Arguments.of("open-ended", periode(Periode.builder().debut(date("2025")).pasAvant(true).build())),
        Arguments.of("préfiguration of one year", RuleHarness.base(b -> b.nature(NatureContrat.CONTRAT_PREFIGURATION)
            .periode(Periode.of(date("2024"), date("2024"))))),
        Arguments.of("no period", RuleHarness.base(b -> b.periode(Optional.empty()))),
        Arguments.of("end before start (CLS-PER-001)", periode(Periode.of(date("2029"), date("2025")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usualDurations")
  void durationFrom3To5Years_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-PER-002", c);
  }

  // --- CLS-PER-003 ---------------------------------------------------------------------------

  static Stream<Arguments> overflowingCalendars() {
    Periode ouverte = Periode.builder().debut(jour("2025-11-13")).pasAvant(true).build();
    return Stream.of(
        Arguments.of("fiche starts before, and before the préfiguration",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2022"), date("2029")))),
            "/axes/0/fiches/0/calendrier", List.of("FA 1.1", day("2022-01-01"), day("2029-12-31"), day("2025-11-13"),
                day("2029-12-31"))),
        Arguments.of("a quarter wholly before a period starting on 21 October, without préfiguration",
            sansPrefiguration(b -> b.periode(Periode.of(jour("2025-10-21"), jour("2029-12-31")))
                .axes(fiche(0, 0, f -> f.calendrier(Periode.builder().debut(date("2025-T3"))
                    .libelle("Troisième trimestre 2025").build())).axes())),
            "/axes/0/fiches/0/calendrier", List.of("FA 1.1", day("2025-07-01"), day("2025-09-30"), day("2025-10-21"),
                day("2029-12-31"))),
        Arguments.of("fiche ends after", fiche(0, 0, f -> f.calendrier(Periode.of(date("2026"), date("2030-01")))),
            "/axes/0/fiches/0/calendrier", List.of("FA 1.1", day("2026-01-01"), day("2030-01-31"), day("2025-11-13"),
                day("2029-12-31"))),
        Arguments.of("operation after the end",
            operation(0, 0, 0, o -> o.calendrier(Periode.builder().debut(date("2030-T1")).build())),
            "/axes/0/fiches/0/operations/0/calendrier",
            List.of("FA 1.1 – Journée d'accueil", day("2030-01-01"), day("2030-03-31"), day("2025-11-13"),
                day("2029-12-31"))),
        Arguments.of("the day before an open-ended contract, without préfiguration",
            sansPrefiguration(b -> b.periode(ouverte).axes(fiche(0, 0, f -> f.calendrier(
                Periode.of(jour("2025-11-12"), date("2035")))).axes())),
            "/axes/0/fiches/0/calendrier", List.of("FA 1.1", day("2025-11-12"), day("2035-12-31"), day("2025-11-13"),
                "…")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overflowingCalendars")
  void calendarOutsideThePeriod_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-PER-003", c, pointer, args);
  }

  static Stream<Arguments> containedCalendars() {
    Periode ouverte = Periode.builder().debut(jour("2025-11-13")).pasAvant(true).build();
    return Stream.of(
        Arguments.of("exactly the contract's bounds",
            fiche(0, 0, f -> f.calendrier(Periode.of(jour("2025-11-13"), jour("2029-12-31"))))),
        Arguments.of("'pas avant' inside, open beyond the end",
            fiche(1, 0, f -> f.calendrier(Periode.builder().debut(date("2029-S2")).pasAvant(true).build()))),
        Arguments.of("open-ended contract, late calendar",
            RuleHarness.base(b -> b.periode(ouverte).axes(fiche(0, 0, f -> f.calendrier(
                Periode.of(date("2030"), date("2035")))).axes()))),
        Arguments.of("no contract period", RuleHarness.base(b -> b.periode(Optional.empty()))),
        Arguments.of("'pas avant' an earlier semester: may start inside",
            fiche(1, 0, f -> f.calendrier(Periode.builder().debut(date("2025-S2")).pasAvant(true).build()))),
        Arguments.of("2025 to 2029 by years: may start after 13 November 2025",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2025"), date("2029"))))),
        Arguments.of("'Dernier trimestre 2025' overlaps a period starting on 21 October 2025",
            sansPrefiguration(b -> b.periode(Periode.of(jour("2025-10-21"), jour("2029-12-31")))
                .axes(fiche(0, 0, f -> f.calendrier(Periode.builder().debut(date("2025-T4"))
                    .libelle("Dernier trimestre 2025").build())).axes()))),
        Arguments.of("ends in 2029-S2 with a period ending in October 2029",
            RuleHarness.base(b -> b.periode(Periode.of(jour("2025-11-13"), jour("2029-10-31")))
                .axes(fiche(0, 0, f -> f.calendrier(Periode.of(date("2026"), date("2029-S2")))).axes()))),
        Arguments.of("started during the préfiguration (CLS-PER-006)",
            fiche(0, 0, f -> f.calendrier(Periode.of(jour("2024-09-01"), date("2026"))))),
        Arguments.of("end before start (CLS-PER-001)",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2025"), date("2024"))))),
        Arguments.of("contract end before start (CLS-PER-001)",
            periode(Periode.of(date("2029"), date("2025")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containedCalendars")
  void calendarWithinThePeriod_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-PER-003", c);
  }

  // --- CLS-PER-004 ---------------------------------------------------------------------------

  /** The text that names an amendment, with its number as the last argument. */
  static final MessageKey AVENANT = new MessageKey("CLS-PER-004.avenant");

  static Stream<Arguments> outOfPeriodDates() {
    return Stream.of(
        Arguments.of("amendment the day before the start", avenant("2025-11-12"), "/avenants/0/date",
            List.of(AVENANT, day("2025-11-12"), day("2025-11-13"), day("2029-12-31"), 1)),
        Arguments.of("amendment the day after the end", avenant("2030-01-01"), "/avenants/0/date",
            List.of(AVENANT, day("2030-01-01"), day("2025-11-13"), day("2029-12-31"), 1)),
        Arguments.of("annual evaluation after the end", evaluation(TypeEvaluation.ANNUELLE,
            Periode.builder().debut(date("2030")).build()), "/evaluations/0/periode",
            List.of(TypeEvaluation.ANNUELLE, day("2030-01-01"), day("2025-11-13"), day("2029-12-31"))),
        Arguments.of("intermediate evaluation before the start", evaluation(TypeEvaluation.INTERMEDIAIRE,
            Periode.of(date("2025-01"), date("2026-06"))), "/evaluations/0/periode",
            List.of(TypeEvaluation.INTERMEDIAIRE, day("2025-01-31"), day("2025-11-13"), day("2029-12-31"))),
        Arguments.of("final evaluation a month beyond 2 years", evaluation(TypeEvaluation.FINALE,
            Periode.of(date("2030"), date("2032-01"))), "/evaluations/0/periode",
            List.of(TypeEvaluation.FINALE, day("2032-01-01"), day("2025-11-13"), day("2031-12-31"))),
        Arguments.of("final evaluation before the start", evaluation(TypeEvaluation.FINALE,
            Periode.of(date("2024"), date("2030"))), "/evaluations/0/periode",
            List.of(TypeEvaluation.FINALE, day("2024-12-31"), day("2025-11-13"), day("2031-12-31"))),
        Arguments.of("amendment before an open-ended contract", RuleHarness.base(b -> b
            .periode(Periode.builder().debut(jour("2025-11-13")).pasAvant(true).build())
            .avenants(avenant("2025-10-01").avenants())), "/avenants/0/date",
            List.of(AVENANT, day("2025-10-01"), day("2025-11-13"), "…", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfPeriodDates")
  void dateOutsideThePeriod_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-PER-004", c, pointer, args);
  }

  static Stream<Arguments> inPeriodDates() {
    return Stream.of(
        Arguments.of("amendment on the first day", avenant("2025-11-13")),
        Arguments.of("amendment on the last day", avenant("2029-12-31")),
        Arguments.of("final evaluation ending exactly 2 years after the end",
            evaluation(TypeEvaluation.FINALE, Periode.of(date("2030"), date("2031")))),
        Arguments.of("'pas avant' annual evaluation starting inside",
            evaluation(TypeEvaluation.ANNUELLE, Periode.builder().debut(date("2029")).pasAvant(true).build())),
        Arguments.of("final evaluation from 2025, possibly after 13 November",
            evaluation(TypeEvaluation.FINALE, Periode.of(date("2025"), date("2030")))),
        Arguments.of("annual evaluation of 2029-S2 for a period ending in October 2029",
            RuleHarness.base(b -> b.periode(Periode.of(jour("2025-11-13"), jour("2029-10-31")))
                .evaluations(evaluation(TypeEvaluation.ANNUELLE, Periode.builder().debut(date("2029-S2")).build())
                    .evaluations()))),
        Arguments.of("evaluation ending before it starts (CLS-PER-001)",
            evaluation(TypeEvaluation.ANNUELLE, Periode.of(date("2025"), date("2024")))),
        Arguments.of("no contract period", RuleHarness.base(b -> b.periode(Optional.empty())
            .avenants(avenant("2035-01-01").avenants()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inPeriodDates")
  void dateWithinThePeriod_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-PER-004", c);
  }

  // --- CLS-PER-005 ---------------------------------------------------------------------------

  static Stream<Arguments> farFromSignature() {
    return Stream.of(
        Arguments.of("signed a year and a day before the start", signature("2024-11-12"),
            List.of(date("2025-11-13"), day("2024-11-12"))),
        Arguments.of("period written as a year, certainly more than a year after",
            periode(Periode.of(date("2027"), date("2031"))), List.of(date("2027"), day("2025-11-13"))),
        Arguments.of("no SIGNATURE event: the signatories' latest date", signataires(LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 7, 1)), List.of(date("2025-11-13"), day("2024-07-01"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("farFromSignature")
  void startFarFromSignature_fires(String label, ContratLocalDeSante c, List<?> args) {
    assertFinding("CLS-PER-005", c, "/periode/debut", args);
  }

  static Stream<Arguments> nearSignature() {
    return Stream.of(
        Arguments.of("signed exactly a year before the start", signature("2024-11-13")),
        Arguments.of("signed exactly a year after the start", signature("2026-11-13")),
        Arguments.of("signed a year and a day after the start", signature("2026-11-14")),
        Arguments.of("a 2023-2027 contract signed in 2025", periode(Periode.of(date("2023"), date("2027")))),
        Arguments.of("period written as a year, possibly within a year", periode(Periode.of(date("2026"), date("2030")))),
        Arguments.of("no SIGNATURE event, signatories long after the start", signataires(LocalDate.of(2027, 3, 1))),
        Arguments.of("no SIGNATURE event, signatories on the start day", signataires(LocalDate.of(2025, 11, 13))),
        Arguments.of("no signature date at all", RuleHarness.base(b -> b.evenements(List.of())
            .signataires(RuleHarness.base().signataires().stream()
                .map(s -> Signataire.builder().from(s).dateSignature(Optional.empty()).build()).toList()))),
        Arguments.of("no period", RuleHarness.base(b -> b.periode(Optional.empty()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearSignature")
  void startNearSignature_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-PER-005", c);
  }

  // --- CLS-PER-006 ---------------------------------------------------------------------------

  static Stream<Arguments> startedDuringPrefiguration() {
    return Stream.of(
        Arguments.of("fiche started in September 2024", fiche(0, 0, f -> f.calendrier(
            Periode.of(date("2024-09"), date("2026")))), "/axes/0/fiches/0/calendrier",
            List.of("FA 1.1", date("2024-09"), day("2025-11-13"), day("2023-06-29"))),
        Arguments.of("operation started the day the préfiguration was signed", operation(0, 0, 0, o -> o.calendrier(
            Periode.of(jour("2023-06-29"), date("2025-T4")))), "/axes/0/fiches/0/operations/0/calendrier",
            List.of("FA 1.1 – Journée d'accueil", jour("2023-06-29"), day("2025-11-13"), day("2023-06-29"))),
        Arguments.of("a year that may begin after the préfiguration", fiche(0, 0, f -> f.calendrier(
            Periode.of(date("2023"), date("2027")))), "/axes/0/fiches/0/calendrier",
            List.of("FA 1.1", date("2023"), day("2025-11-13"), day("2023-06-29"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("startedDuringPrefiguration")
  void calendarStartedDuringPrefiguration_fires(String label, ContratLocalDeSante c, String pointer, List<?> args) {
    assertFinding("CLS-PER-006", c, pointer, args);
  }

  static Stream<Arguments> notDuringPrefiguration() {
    return Stream.of(
        Arguments.of("within the period", fiche(0, 0, f -> f.calendrier(Periode.of(date("2026"), date("2027"))))),
        Arguments.of("before the préfiguration (CLS-PER-003)",
            fiche(0, 0, f -> f.calendrier(Periode.of(date("2022"), date("2027"))))),
        Arguments.of("possibly within the period", fiche(0, 0, f -> f.calendrier(
            Periode.builder().debut(date("2025-T4")).build()))),
        Arguments.of("no préfiguration event", sansPrefiguration(b -> b.axes(fiche(0, 0, f -> f.calendrier(
            Periode.of(date("2024-09"), date("2026")))).axes()))),
        Arguments.of("no contract period", RuleHarness.base(b -> b.periode(Optional.empty()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notDuringPrefiguration")
  void calendarNotStartedDuringPrefiguration_isQuiet(String label, ContratLocalDeSante c) {
    assertQuiet("CLS-PER-006", c);
  }

  // --- CLS-PER-007 ---------------------------------------------------------------------------

  @Test
  void periodEndingWithThePrs_withoutItsEnd_fires() {
    assertFinding("CLS-PER-007", finPrs(Optional.empty()), "/periode", List.of(jour("2025-11-13")));
    assertFinding("CLS-PER-007", fiche(0, 0, f -> f.calendrier(Periode.builder().debut(date("2026")).finPrs(true)
        .build())), "/axes/0/fiches/0/calendrier", List.of(date("2026")));
  }

  @Test
  void periodEndingWithThePrs_withItsEnd_isQuiet() {
    assertQuiet("CLS-PER-007", finPrs(Optional.of(jour("2028-10-31"))));
    assertQuiet("CLS-PER-007", periode(Periode.builder().debut(date("2026")).build()));
  }

  // --- texts ---------------------------------------------------------------------------------

  @Test
  void duration_messageInFrenchAndEnglish() {
    Finding f = RuleHarness.check(rule("CLS-PER-002"), periode(Periode.of(date("2025"), date("2032")))).get(0);
    assertEquals("la période du 2025-12-31 au 2032-01-01 dure 6 an(s), 0 mois et 2 jour(s), hors de la durée "
        + "habituelle de 3 à 5 ans : vérifiez les dates de début et de fin, ou justifiez cette durée",
        f.message(Locale.FRENCH));
    assertEquals("the period from 2025-12-31 to 2032-01-01 lasts 6 year(s), 0 month(s) and 2 day(s), outside "
        + "the customary 3 to 5 years: check the start and end dates, or justify this duration",
        f.message(Locale.ENGLISH));
  }

  @Test
  void calendar_messageInFrenchAndEnglish() {
    Finding f = RuleHarness.check(rule("CLS-PER-003"),
        fiche(0, 0, fb -> fb.calendrier(Periode.of(date("2022"), date("2029"))))).get(0);
    assertEquals("le calendrier de « FA 1.1 » (du 2022-01-01 au 2029-12-31) sort de la période du contrat "
        + "(du 2025-11-13 au 2029-12-31) : l'action ne serait pas couverte par le contrat ; ajustez le "
        + "calendrier ou, par avenant, la période", f.message(Locale.FRENCH));
    assertEquals("the calendar of \"FA 1.1\" (2022-01-01 to 2029-12-31) goes beyond the contract period "
        + "(2025-11-13 to 2029-12-31): the action would not be covered by the contract; adjust the calendar "
        + "or, by an amendment, the period", f.message(Locale.ENGLISH));
  }

  @Test
  void amendment_messageInFrenchAndEnglish() {
    Finding f = RuleHarness.check(rule("CLS-PER-004"), avenant("2030-01-01")).get(0);
    assertEquals("l'avenant n° 1 : le 2030-01-01 tombe hors de la plage admise, du 2025-11-13 au 2029-12-31 "
        + "(la période du contrat, prolongée de 2 ans pour l'évaluation finale) ; corrigez cette date ou la "
        + "période du contrat", f.message(Locale.FRENCH));
    assertEquals("amendment no. 1: 2030-01-01 falls outside the admitted range, 2025-11-13 to 2029-12-31 "
        + "(the contract period, extended by 2 years for the final evaluation); fix this date or the contract "
        + "period", f.message(Locale.ENGLISH));
  }

  @Test
  void evaluation_messageInFrenchAndEnglish() {
    Finding f = RuleHarness.check(rule("CLS-PER-004"),
        evaluation(TypeEvaluation.FINALE, Periode.of(date("2030"), date("2032-01")))).get(0);
    assertEquals("Évaluation finale : le 2032-01-01 tombe hors de la plage admise, du 2025-11-13 au 2031-12-31 "
        + "(la période du contrat, prolongée de 2 ans pour l'évaluation finale) ; corrigez cette date ou la "
        + "période du contrat", f.message(Locale.FRENCH));
    assertEquals("final evaluation: 2032-01-01 falls outside the admitted range, 2025-11-13 to 2031-12-31 "
        + "(the contract period, extended by 2 years for the final evaluation); fix this date or the contract "
        + "period", f.message(Locale.ENGLISH));
  }

  // --- helpers -------------------------------------------------------------------------------

  private static ContratLocalDeSante avenant(String day) {
    return RuleHarness.base(b -> b.avenants(List.of(Avenant.builder()
        .from(RuleHarness.base().avenants().get(0)).date(LocalDate.parse(day)).build())));
  }

  private static ContratLocalDeSante evaluation(TypeEvaluation type, Periode p) {
    return RuleHarness.base(b -> b.evaluations(List.of(Evaluation.builder()
        .from(RuleHarness.base().evaluations().get(0)).type(type).periode(p).build())));
  }

  /** Without SIGNATURE event, the ARS signing on another day than the others. */
  private static ContratLocalDeSante signataires(LocalDate ars) {
    return signataires(ars, null);
  }

  /** The base contract without SIGNATURE event, the ARS signing on a day, the others on another. */
  private static ContratLocalDeSante signataires(LocalDate ars, LocalDate autres) {
    List<Signataire> s = new ArrayList<>(RuleHarness.base().signataires());
    for (int i = 1; i < s.size() && autres != null; i++) {
      s.set(i, Signataire.builder().from(s.get(i)).dateSignature(autres).build());
    }
    s.set(0, Signataire.builder().from(s.get(0)).dateSignature(ars).build());
    return RuleHarness.base(b -> b.evenements(RuleHarness.base().evenements().stream()
        .filter(e -> e.type() != TypeEvenement.SIGNATURE).toList()).signataires(s));
  }
}
