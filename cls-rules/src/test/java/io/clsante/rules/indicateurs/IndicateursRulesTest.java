package io.clsante.rules.indicateurs;

import static io.clsante.rules.RuleHarness.day;
import static io.clsante.rules.indicateurs.IndicateursExamples.fiche;
import static io.clsante.rules.indicateurs.IndicateursExamples.indicateur;
import static io.clsante.rules.indicateurs.IndicateursExamples.valeur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Indicateur;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.Operation;
import io.clsante.model.Periode;
import io.clsante.model.TypeValeur;
import io.clsante.model.ValeurIndicateur;
import io.clsante.rules.Attendu;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicateursRulesTest {
  private static final Rule UNITE = new IndicateurQuantitatifAvecUnite();
  private static final Rule NATURE = new ValeursSelonLaNature();
  private static final Rule POURCENTAGE = new PourcentagesEntreZeroEtCent();
  private static final Rule FUTUR = new RealisationsPasDansLeFutur();
  private static final Rule PERIODE = new ValeursDansLaPeriode();
  private static final LocalDate TODAY = RuleHarness.TODAY;

  static Stream<Arguments> cases() {
    String praticiens = "/axes/0/fiches/0/indicateurs/0";
    String satisfaction = "/axes/0/fiches/0/indicateurs/1";
    String elus = "/axes/1/fiches/0/indicateurs/0";
    Periode ouverte = Periode.builder().debut(DateCalendaire.parse("2025-11-13")).pasAvant(true).build();
    return Stream.of(
        // CLS-IND-001
        cas("IND-001 no unit", UNITE, indicateur(0, 0, 0, i -> i.unite(Optional.empty())), TODAY,
            Attendu.at(praticiens, "Praticiens accueillis", "FA 1.1")),
        cas("IND-001 blank unit", UNITE, indicateur(0, 0, 0, i -> i.unite("  ")), TODAY,
            Attendu.at(praticiens, "Praticiens accueillis", "FA 1.1")),
        cas("IND-001 an operation's indicator without unit", UNITE, fiche(0, 0, f -> f.operations(List.of(
                Operation.builder().from(RuleHarness.base().axes().get(0).fiches().get(0).operations().get(0))
                    .addIndicateurs(Indicateur.builder().from(RuleHarness.base().axes().get(0).fiches().get(0)
                        .indicateurs().get(0)).id("ind-op").unite(Optional.empty()).build()).build()))), TODAY,
            Attendu.at("/axes/0/fiches/0/operations/0/indicateurs/0", "Praticiens accueillis", "FA 1.1")),
        cas("IND-001 qualitative without unit", UNITE,
            indicateur(0, 0, 0, i -> i.nature(NatureIndicateur.QUALITATIF).unite(Optional.empty())), TODAY),
        // CLS-IND-002
        cas("IND-002 number and text", NATURE, valeur(0, 0, 0, 1, v -> v.texte("douze")), TODAY,
            Attendu.at(praticiens + "/valeurs/1", "Praticiens accueillis", NatureIndicateur.QUANTITATIF,
                TypeValeur.CIBLE, day("2029-12-31"), "nombre", "texte")),
        cas("IND-002 quantitative without number", NATURE,
            valeur(0, 0, 0, 0, v -> v.nombre(Optional.empty())), TODAY,
            Attendu.at(praticiens + "/valeurs/0", "Praticiens accueillis", NatureIndicateur.QUANTITATIF,
                TypeValeur.REFERENCE, day("2025-11-13"), "nombre", "texte")),
        cas("IND-002 qualitative with a blank text", NATURE, valeur(0, 0, 1, 0, v -> v.texte(" ")), TODAY,
            Attendu.at(satisfaction + "/valeurs/0", "Satisfaction", NatureIndicateur.QUALITATIF, TypeValeur.REALISE,
                day("2026-06-30"), "texte", "nombre")),
        cas("IND-002 qualitative with text and number", NATURE,
            valeur(0, 0, 1, 0, v -> v.nombre(BigDecimal.ONE)), TODAY,
            Attendu.at(satisfaction + "/valeurs/0", "Satisfaction", NatureIndicateur.QUALITATIF, TypeValeur.REALISE,
                day("2026-06-30"), "texte", "nombre")),
        cas("IND-002 a comment beside the number", NATURE,
            valeur(0, 0, 0, 2, v -> v.commentaire("trois installations")), TODAY),
        cas("IND-002 a text value once the indicator is quantitative", NATURE,
            indicateur(0, 0, 1, i -> i.nature(NatureIndicateur.QUANTITATIF)), TODAY,
            Attendu.at(satisfaction + "/valeurs/0", "Satisfaction", NatureIndicateur.QUANTITATIF, TypeValeur.REALISE,
                day("2026-06-30"), "nombre", "texte")),
        // CLS-IND-003
        cas("IND-003 exactly 100", POURCENTAGE, valeur(1, 0, 0, 0, v -> v.nombre(new BigDecimal("100.00"))), TODAY),
        cas("IND-003 exactly 0", POURCENTAGE, valeur(1, 0, 0, 0, v -> v.nombre(BigDecimal.ZERO)), TODAY),
        cas("IND-003 just above 100", POURCENTAGE, valeur(1, 0, 0, 0, v -> v.nombre(new BigDecimal("100.01"))),
            TODAY, Attendu.at(elus + "/valeurs/0/nombre", new BigDecimal("100.01"), "Part des élus formés",
                TypeValeur.CIBLE, day("2028-12-31"), "%")),
        cas("IND-003 negative", POURCENTAGE, valeur(1, 0, 0, 0, v -> v.nombre(new BigDecimal("-1"))), TODAY,
            Attendu.at(elus + "/valeurs/0/nombre", new BigDecimal("-1"), "Part des élus formés", TypeValeur.CIBLE,
                day("2028-12-31"), "%")),
        cas("IND-003 unit ' Pourcentage '", POURCENTAGE, percent(" Pourcentage ", "120"), TODAY,
            Attendu.at(praticiens + "/valeurs/1/nombre", new BigDecimal("120"), "Praticiens accueillis",
                TypeValeur.CIBLE, day("2029-12-31"), " Pourcentage ")),
        cas("IND-003 unit 'POUR CENT'", POURCENTAGE, percent("POUR CENT", "120"), TODAY,
            Attendu.at(praticiens + "/valeurs/1/nombre", new BigDecimal("120"), "Praticiens accueillis",
                TypeValeur.CIBLE, day("2029-12-31"), "POUR CENT")),
        cas("IND-003 a rate of change is not a percentage", POURCENTAGE, percent("% d'évolution", "120"), TODAY),
        cas("IND-003 another unit", POURCENTAGE, percent("praticiens", "120"), TODAY),
        cas("IND-003 a qualitative indicator is left to IND-002", POURCENTAGE,
            indicateur(1, 0, 0, i -> i.nature(NatureIndicateur.QUALITATIF)
                .valeurs(List.of(avecNombre(RuleHarness.base().axes().get(1).fiches().get(0).indicateurs().get(0)
                    .valeurs().get(0), "150")))), TODAY),
        // CLS-IND-004
        cas("IND-004 achieved today", FUTUR, valeur(0, 0, 0, 2, v -> v.date(TODAY)), TODAY),
        cas("IND-004 achieved tomorrow", FUTUR, valeur(0, 0, 0, 2, v -> v.date(TODAY.plusDays(1))), TODAY,
            Attendu.at(praticiens + "/valeurs/2/date", day("2026-11-23"), "Praticiens accueillis", day("2026-11-22"),
                "FA 1.1")),
        cas("IND-004 a future target is fine", FUTUR,
            valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2029, 12, 31))), TODAY),
        cas("IND-004 uses the reference date", FUTUR, RuleHarness.base(), LocalDate.of(2026, 6, 29),
            Attendu.at(praticiens + "/valeurs/2/date", day("2026-06-30"), "Praticiens accueillis", day("2026-06-29"),
                "FA 1.1"),
            Attendu.at(satisfaction + "/valeurs/0/date", day("2026-06-30"), "Satisfaction", day("2026-06-29"),
                "FA 1.1")),
        // CLS-IND-005
        cas("IND-005 target on the first day", PERIODE,
            valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2025, 11, 13))), TODAY),
        cas("IND-005 target the day before", PERIODE,
            valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2025, 11, 12))), TODAY,
            Attendu.at(praticiens + "/valeurs/1/date", TypeValeur.CIBLE, day("2025-11-12"), "Praticiens accueillis",
                "FA 1.1", "2025-11-13/2029-12-31")),
        cas("IND-005 target the day after the end", PERIODE,
            valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2030, 1, 1))), TODAY,
            Attendu.at(praticiens + "/valeurs/1/date", TypeValeur.CIBLE, day("2030-01-01"), "Praticiens accueillis",
                "FA 1.1", "2025-11-13/2029-12-31")),
        cas("IND-005 achieved before the start", PERIODE,
            valeur(0, 0, 0, 2, v -> v.date(LocalDate.of(2025, 1, 1))), TODAY,
            Attendu.at(praticiens + "/valeurs/2/date", TypeValeur.REALISE, day("2025-01-01"), "Praticiens accueillis",
                "FA 1.1", "2025-11-13/2029-12-31")),
        cas("IND-005 a reference may predate the period", PERIODE,
            valeur(0, 0, 0, 0, v -> v.date(LocalDate.of(2020, 1, 1))), TODAY),
        cas("IND-005 a future achievement is left to IND-004", PERIODE,
            valeur(0, 0, 0, 2, v -> v.type(TypeValeur.REALISE).date(LocalDate.of(2031, 1, 1))), TODAY),
        cas("IND-005 no period", PERIODE, RuleHarness.base(b -> b.periode(Optional.empty())
            .axes(valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2035, 1, 1))).axes())), TODAY),
        cas("IND-005 open-ended period bounds only the start", PERIODE,
            RuleHarness.base(b -> b.periode(ouverte).axes(valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2035, 1, 1)))
                .axes())), TODAY),
        cas("IND-005 open-ended period, before its start", PERIODE,
            RuleHarness.base(b -> b.periode(ouverte).axes(valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2025, 1, 1)))
                .axes())), TODAY,
            Attendu.at(praticiens + "/valeurs/1/date", TypeValeur.CIBLE, day("2025-01-01"), "Praticiens accueillis",
                "FA 1.1", "2025-11-13/..")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_findsExactlyWhatIsExpected(String label, Rule rule, ContratLocalDeSante contrat, LocalDate today,
      List<Attendu> attendus) {
    RuleHarness.assertFindings(rule, contrat, today, attendus);
  }

  @Test
  void percentage_message_inBothLanguages() {
    Finding f = RuleHarness.check(POURCENTAGE, valeur(1, 0, 0, 0, v -> v.nombre(BigDecimal.valueOf(150)))).get(0);
    assertEquals("la valeur de l'indicateur « Part des élus formés » datée du 2028-12-31 (Valeur cible) vaut 150"
        + " alors que son unité est « % » ; un pourcentage est compris entre 0 et 100", f.message(Locale.FRENCH));
    assertEquals("the value of the indicator \"Part des élus formés\" dated 2028-12-31 (target value) is 150"
        + " although its unit is \"%\"; a percentage lies between 0 and 100", f.message(Locale.ENGLISH));
    Finding decimal = RuleHarness.check(POURCENTAGE, valeur(1, 0, 0, 0,
        v -> v.nombre(new BigDecimal("1012.5")))).get(0);
    assertTrue(decimal.message(Locale.FRENCH).contains(" vaut 1\u202f012,5 alors que"), decimal.message(Locale.FRENCH));
    assertTrue(decimal.message(Locale.ENGLISH).contains(" is 1,012.5 although"), decimal.message(Locale.ENGLISH));
  }

  @Test
  void period_message_inBothLanguages() {
    Finding f = RuleHarness.check(PERIODE, valeur(0, 0, 0, 1, v -> v.date(LocalDate.of(2030, 12, 31)))).get(0);
    assertEquals("la valeur de l'indicateur « Praticiens accueillis » (fiche FA 1.1) datée du 2030-12-31 (Valeur"
        + " cible) est hors de la période du contrat (2025-11-13/2029-12-31) ; une cible ou une réalisation se"
        + " rapporte à la durée du contrat : vérifiez la date ou la période", f.message(Locale.FRENCH));
    assertEquals("the value of the indicator \"Praticiens accueillis\" (fiche FA 1.1) dated 2030-12-31 (target"
        + " value) lies outside the contract period (2025-11-13/2029-12-31); a target or an achievement belongs to"
        + " the contract's term: check the date or the period", f.message(Locale.ENGLISH));
  }

  @Test
  void nature_message_inBothLanguages() {
    Finding f = RuleHarness.check(NATURE, valeur(0, 0, 0, 1, v -> v.texte("douze"))).get(0);
    assertEquals("la valeur de l'indicateur « Praticiens accueillis » datée du 2029-12-31 (Valeur cible) doit avoir"
        + " un « nombre » et pas de « texte » : l'indicateur est de nature « Quantitatif » ; un indicateur"
        + " quantitatif se mesure par un nombre, un qualitatif par un texte", f.message(Locale.FRENCH));
    assertEquals("the value of the indicator \"Praticiens accueillis\" dated 2029-12-31 (target value) must have a"
        + " \"nombre\" and no \"texte\": the indicator is quantitative; a quantitative indicator is measured by a"
        + " number, a qualitative one by a text", f.message(Locale.ENGLISH));
  }

  private static ContratLocalDeSante percent(String unite, String cible) {
    return indicateur(0, 0, 0, i -> i.unite(unite).valeurs(List.of(
        RuleHarness.base().axes().get(0).fiches().get(0).indicateurs().get(0).valeurs().get(0),
        avecNombre(RuleHarness.base().axes().get(0).fiches().get(0).indicateurs().get(0).valeurs().get(1),
            cible))));
  }

  private static ValeurIndicateur avecNombre(ValeurIndicateur v, String nombre) {
    return ValeurIndicateur.builder().from(v).nombre(new BigDecimal(nombre)).build();
  }

  private static Arguments cas(String label, Rule rule, ContratLocalDeSante contrat, LocalDate today,
      Attendu... attendus) {
    return Arguments.of(label, rule, contrat, today, List.of(attendus));
  }
}
