package io.clsante.rules.cycle;

import static io.clsante.rules.RuleHarness.day;
import static io.clsante.rules.cycle.CycleExamples.avenant;
import static io.clsante.rules.cycle.CycleExamples.avenants;
import static io.clsante.rules.cycle.CycleExamples.evenement;
import static io.clsante.rules.cycle.CycleExamples.evenements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.Periode;
import io.clsante.model.RoleSignataire;
import io.clsante.model.Signataire;
import io.clsante.model.StatutContrat;
import io.clsante.model.TypeEvenement;
import io.clsante.rules.Attendu;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CycleRulesTest {
  private static final Rule COMPLET = new ContratSigneComplet();
  private static final Rule ORDRE = new EvenementsChronologiques();
  private static final Rule EVENEMENTS = new EvenementsSelonLeStatut();
  private static final Rule AVENANTS = new AvenantsSignesParTousLesSignataires();
  private static final Rule PREDECESSEUR = new PredecesseurNomme();
  private static final Rule DATES = new StatutSelonLesDates();
  private static final LocalDate TODAY = RuleHarness.TODAY;
  private static final List<String> TROIS = List.of("ars-occitanie", "cc-val-de-gers", "cd-gers");

  static Stream<Arguments> cases() {
    ContratLocalDeSante vide = RuleHarness.base(b -> b.signataires(List.of()).periode(Optional.empty()));
    ContratLocalDeSante ouverte = RuleHarness.base(b -> b.periode(Periode.builder()
        .debut(DateCalendaire.parse("2025-11-13")).pasAvant(true).build()));
    LocalDate fin = LocalDate.of(2029, 12, 31);
    LocalDate debut = LocalDate.of(2025, 11, 13);
    return Stream.of(
        // CLS-CYC-001
        cas("CYC-001 signed, nothing: two findings", COMPLET, statut(vide, StatutContrat.SIGNE), TODAY,
            Attendu.at("/signataires", StatutContrat.SIGNE, manque("signataires"), "signataires"),
            Attendu.at("/periode", StatutContrat.SIGNE, manque("periode"), "periode")),
        cas("CYC-001 terminated without period", COMPLET,
            RuleHarness.base(b -> b.statut(StatutContrat.RESILIE).periode(Optional.empty())), TODAY,
            Attendu.at("/periode", StatutContrat.RESILIE, manque("periode"), "periode")),
        cas("CYC-001 in the making, nothing yet", COMPLET, statut(vide, StatutContrat.EN_ELABORATION), TODAY),
        // CLS-CYC-002
        cas("CYC-002 same first day", ORDRE, evenements(evenement(TypeEvenement.DIAGNOSTIC, "2024"),
            evenement(TypeEvenement.CONCERTATION, "2024-01-01")), TODAY),
        cas("CYC-002 a year after a day of that year: possibly in order", ORDRE,
            evenements(evenement(TypeEvenement.SIGNATURE, "2025-11-13"), evenement(TypeEvenement.EVALUATION, "2025")),
            TODAY),
        cas("CYC-002 a quarter wholly before the day it follows", ORDRE,
            evenements(evenement(TypeEvenement.SIGNATURE, "2025-11-13"), evenement(TypeEvenement.EVALUATION, "2025-T3")),
            TODAY, Attendu.at("/evenements/1/date", TypeEvenement.EVALUATION, DateCalendaire.parse("2025-T3"),
                TypeEvenement.SIGNATURE, DateCalendaire.parse("2025-11-13"))),
        cas("CYC-002 only the first disorder", ORDRE,
            evenements(evenement(TypeEvenement.DIAGNOSTIC, "2024-06"), evenement(TypeEvenement.ENGAGEMENT_DEMARCHE,
                "2023"), evenement(TypeEvenement.SIGNATURE, "2025-11-13"),
                evenement(TypeEvenement.CONCERTATION, "2024-T3")),
            TODAY, Attendu.at("/evenements/1/date", TypeEvenement.ENGAGEMENT_DEMARCHE, DateCalendaire.parse("2023"),
                TypeEvenement.DIAGNOSTIC, DateCalendaire.parse("2024-06"))),
        cas("CYC-002 no event", ORDRE, evenements(), TODAY),
        cas("CYC-002 one event", ORDRE, evenements(evenement(TypeEvenement.SIGNATURE, "2025-11-13")), TODAY),
        // CLS-CYC-003
        cas("CYC-003 signature once signed", EVENEMENTS, statut(RuleHarness.base(), StatutContrat.SIGNE), TODAY),
        cas("CYC-003 termination while in force", EVENEMENTS,
            evenements(evenement(TypeEvenement.RESILIATION, "2026-10-01")), TODAY,
            Attendu.at("/evenements/0", TypeEvenement.RESILIATION, DateCalendaire.parse("2026-10-01"),
                StatutContrat.EN_VIGUEUR, motif("RESILIATION"), day("2026-11-22"))),
        cas("CYC-003 termination once terminated", EVENEMENTS, statut(
            evenements(evenement(TypeEvenement.RESILIATION, "2026-10-01")), StatutContrat.RESILIE), TODAY),
        cas("CYC-003 renewal while expired", EVENEMENTS, statut(
            evenements(evenement(TypeEvenement.RENOUVELLEMENT, "2026-10")), StatutContrat.ECHU), TODAY,
            Attendu.at("/evenements/0", TypeEvenement.RENOUVELLEMENT, DateCalendaire.parse("2026-10"),
                StatutContrat.ECHU, motif("RENOUVELLEMENT"), day("2026-11-22"))),
        cas("CYC-003 renewal once renewed", EVENEMENTS, statut(
            evenements(evenement(TypeEvenement.RENOUVELLEMENT, "2026-10")), StatutContrat.RENOUVELE), TODAY),
        cas("CYC-003 signature dated today", EVENEMENTS,
            evenements(evenement(TypeEvenement.SIGNATURE, "2026-11-22")), TODAY),
        cas("CYC-003 signature dated tomorrow", EVENEMENTS,
            evenements(evenement(TypeEvenement.SIGNATURE, "2026-11-23")), TODAY,
            Attendu.at("/evenements/0", TypeEvenement.SIGNATURE, DateCalendaire.parse("2026-11-23"),
                StatutContrat.EN_VIGUEUR, motif("FUTUR"), day("2026-11-22"))),
        cas("CYC-003 a planned expiry is a fact, not a plan", EVENEMENTS,
            evenements(evenement(TypeEvenement.ECHEANCE, "2029-12-31")), TODAY,
            Attendu.at("/evenements/0", TypeEvenement.ECHEANCE, DateCalendaire.parse("2029-12-31"),
                StatutContrat.EN_VIGUEUR, motif("FUTUR"), day("2026-11-22"))),
        cas("CYC-003 a quarter that has begun", EVENEMENTS,
            evenements(evenement(TypeEvenement.AVENANT, "2026-T4")), TODAY),
        cas("CYC-003 a planned evaluation", EVENEMENTS,
            evenements(evenement(TypeEvenement.EVALUATION, "2029"), evenement(TypeEvenement.ENTREE_EN_VIGUEUR, "2027")),
            TODAY),
        cas("CYC-003 signature in the making: one finding per event", EVENEMENTS,
            statut(evenements(evenement(TypeEvenement.SIGNATURE, "2027-01")), StatutContrat.EN_ELABORATION), TODAY,
            Attendu.at("/evenements/0", TypeEvenement.SIGNATURE, DateCalendaire.parse("2027-01"),
                StatutContrat.EN_ELABORATION, motif("SIGNATURE"), day("2026-11-22"))),
        // CLS-CYC-004
        cas("CYC-004 no signature at all: one finding per signatory", AVENANTS,
            avenants(avenant(1, "2026-09-15", List.of(), List.of())), TODAY,
            Attendu.at("/avenants/0/signatures", 1, day("2026-09-15"), "Agence régionale de santé Occitanie"),
            Attendu.at("/avenants/0/signatures", 1, day("2026-09-15"), "Communauté de communes Val de Gers"),
            Attendu.at("/avenants/0/signatures", 1, day("2026-09-15"), "Conseil départemental du Gers")),
        cas("CYC-004 a signatory that signed after the amendment", AVENANTS,
            RuleHarness.base(b -> b.avenants(List.of(avenant(1, "2026-09-15", TROIS.subList(0, 2), List.of())))
                .signataires(signataireLe("cd-gers", "2026-09-16"))), TODAY),
        cas("CYC-004 a signatory that signed on the amendment's day", AVENANTS,
            RuleHarness.base(b -> b.avenants(List.of(avenant(1, "2026-09-15", TROIS.subList(0, 2), List.of())))
                .signataires(signataireLe("cd-gers", "2026-09-15"))), TODAY,
            Attendu.at("/avenants/0/signatures", 1, day("2026-09-15"), "Conseil départemental du Gers")),
        cas("CYC-004 an actor added by an earlier amendment", AVENANTS,
            avenants(avenant(1, "2026-09-15", TROIS, List.of("cpam-gers")), avenant(2, "2026-10-20", TROIS, List.of())),
            TODAY, Attendu.at("/avenants/1/signatures", 2, day("2026-10-20"), "CPAM du Gers")),
        cas("CYC-004 an actor added by an amendment of the same day", AVENANTS,
            avenants(avenant(1, "2026-09-15", TROIS, List.of("cpam-gers")), avenant(2, "2026-09-15", TROIS, List.of())),
            TODAY),
        cas("CYC-004 order in the list does not matter, dates do", AVENANTS,
            avenants(avenant(2, "2026-10-20", TROIS, List.of()), avenant(1, "2026-09-15", TROIS, List.of("cpam-gers"))),
            TODAY, Attendu.at("/avenants/0/signatures", 2, day("2026-10-20"), "CPAM du Gers")),
        cas("CYC-004 an unknown signatory is left to REF-002", AVENANTS,
            RuleHarness.base(b -> b.addSignataires(Signataire.builder().acteur("inconnu")
                .role(RoleSignataire.SIGNATAIRE).build())), TODAY),
        cas("CYC-004 no amendment", AVENANTS, avenants(), TODAY),
        // CLS-CYC-005
        cas("CYC-005 third generation", PREDECESSEUR, RuleHarness.base(b -> b.generation(3)), TODAY,
            Attendu.at("/generation", 3)),
        cas("CYC-005 blank predecessor", PREDECESSEUR,
            RuleHarness.base(b -> b.generation(2).predecesseur(" ")), TODAY, Attendu.at("/generation", 2)),
        cas("CYC-005 named predecessor", PREDECESSEUR,
            RuleHarness.base(b -> b.generation(2).predecesseur("cls-val-de-gers-2019")), TODAY),
        cas("CYC-005 no generation", PREDECESSEUR, RuleHarness.base(b -> b.generation(Optional.empty())), TODAY),
        // CLS-CYC-006
        cas("CYC-006 in force on the last day", DATES, RuleHarness.base(), fin),
        cas("CYC-006 in force the day after", DATES, RuleHarness.base(), fin.plusDays(1),
            Attendu.at("/statut", StatutContrat.EN_VIGUEUR, day("2030-01-01"), day("2029-12-31"),
                selonLesDates("APRES_FIN"))),
        cas("CYC-006 signed the day after", DATES, statut(RuleHarness.base(), StatutContrat.SIGNE), fin.plusDays(1),
            Attendu.at("/statut", StatutContrat.SIGNE, day("2030-01-01"), day("2029-12-31"),
                selonLesDates("APRES_FIN"))),
        cas("CYC-006 under evaluation the day after", DATES, statut(RuleHarness.base(), StatutContrat.EN_EVALUATION),
            fin.plusDays(1), Attendu.at("/statut", StatutContrat.EN_EVALUATION, day("2030-01-01"), day("2029-12-31"),
                selonLesDates("APRES_FIN"))),
        cas("CYC-006 renewed after the end", DATES, statut(RuleHarness.base(), StatutContrat.RENOUVELE),
            fin.plusDays(1)),
        cas("CYC-006 expired on the last day", DATES, statut(RuleHarness.base(), StatutContrat.ECHU), fin),
        cas("CYC-006 expired the day before the last", DATES, statut(RuleHarness.base(), StatutContrat.ECHU),
            fin.minusDays(1), Attendu.at("/statut", StatutContrat.ECHU, day("2029-12-30"), day("2029-12-31"),
                selonLesDates("AVANT_FIN"))),
        cas("CYC-006 expired during the year its period ends in, possibly over", DATES,
            RuleHarness.base(b -> b.statut(StatutContrat.ECHU).periode(Periode.of(DateCalendaire.parse("2025-11-13"),
                DateCalendaire.parse("2029")))), LocalDate.of(2029, 6, 1)),
        cas("CYC-006 expired before the year its period ends in", DATES,
            RuleHarness.base(b -> b.statut(StatutContrat.ECHU).periode(Periode.of(DateCalendaire.parse("2025-11-13"),
                DateCalendaire.parse("2029")))), LocalDate.of(2028, 12, 31),
            Attendu.at("/statut", StatutContrat.ECHU, day("2028-12-31"), day("2029-01-01"),
                selonLesDates("AVANT_FIN"))),
        cas("CYC-006 terminated before the end", DATES, statut(RuleHarness.base(), StatutContrat.RESILIE), TODAY),
        cas("CYC-006 in force on the first day", DATES, RuleHarness.base(), debut),
        cas("CYC-006 in force the day before the first", DATES, RuleHarness.base(), debut.minusDays(1),
            Attendu.at("/statut", StatutContrat.EN_VIGUEUR, day("2025-11-12"), day("2025-11-13"),
                selonLesDates("AVANT_DEBUT"))),
        cas("CYC-006 signed before the first day", DATES, statut(RuleHarness.base(), StatutContrat.SIGNE),
            debut.minusDays(1)),
        cas("CYC-006 open-ended period", DATES, ouverte, LocalDate.of(2040, 1, 1)),
        cas("CYC-006 expired with an open-ended period", DATES, statut(ouverte, StatutContrat.ECHU), TODAY),
        cas("CYC-006 no period", DATES, RuleHarness.base(b -> b.periode(Optional.empty())), fin.plusDays(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_findsExactlyWhatIsExpected(String label, Rule rule, ContratLocalDeSante contrat, LocalDate today,
      List<Attendu> attendus) {
    RuleHarness.assertFindings(rule, contrat, today, attendus);
  }

  @Test
  void signedContract_requiresSignatoriesAndPeriod_inEverySignedStatus() {
    for (StatutContrat s : StatutContrat.values()) {
      ContratLocalDeSante c = RuleHarness.base(b -> b.statut(s).signataires(List.of()).periode(Optional.empty()));
      assertEquals(s.isSigne() ? 2 : 0, RuleHarness.check(COMPLET, c).size(), s.name());
    }
  }

  @Test
  void unplannableEvents_areTheFactsOfTheLifecycle() {
    assertEquals(EnumSet.of(TypeEvenement.SIGNATURE_PREFIGURATION, TypeEvenement.SIGNATURE, TypeEvenement.AVENANT,
        TypeEvenement.ECHEANCE, TypeEvenement.RESILIATION, TypeEvenement.RENOUVELLEMENT),
        EvenementsSelonLeStatut.CONSTATES);
    for (TypeEvenement t : TypeEvenement.values()) {
      // In a status that fits every kind, only the date can make the event fire.
      StatutContrat statut = t == TypeEvenement.RESILIATION ? StatutContrat.RESILIE : StatutContrat.RENOUVELE;
      ContratLocalDeSante c = statut(evenements(evenement(t, "2027-03")), statut);
      boolean fires = !RuleHarness.check(EVENEMENTS, c).isEmpty();
      assertEquals(EvenementsSelonLeStatut.CONSTATES.contains(t), fires, t.name());
    }
  }

  @Test
  void amendment_message_inBothLanguages() {
    Finding f = RuleHarness.check(AVENANTS, CycleExamples.all().get(3).contrat()).get(0);
    assertEquals("l'avenant n° 1 du 2026-09-15 n'est pas signé par « Conseil départemental du Gers », signataire"
        + " du contrat à cette date ; un avenant engage toutes les parties et doit porter la signature de chacune",
        f.message(Locale.FRENCH));
    assertEquals("amendment no. 1 of 2026-09-15 is not signed by \"Conseil départemental du Gers\", a signatory"
        + " of the contract at that date; an amendment binds every party and must bear each one's signature",
        f.message(Locale.ENGLISH));
  }

  @Test
  void status_messages_explainTheCaseInBothLanguages() {
    Finding f = RuleHarness.check(DATES, CycleExamples.all().get(5).contrat()).get(0);
    assertEquals("le statut « En vigueur » est contredit par les dates au 2026-11-22 : la période du contrat s'est"
        + " achevée le 2026-06-30 ; le statut devrait être ECHU, ou RENOUVELE si un nouveau contrat lui succède",
        f.message(Locale.FRENCH));
    assertEquals("the status \"in force\" is contradicted by the dates as of 2026-11-22: the contract period ended"
        + " on 2026-06-30; the status should be ECHU, or RENOUVELE if a new contract succeeds it",
        f.message(Locale.ENGLISH));
    Finding echu = RuleHarness.check(DATES, statut(RuleHarness.base(), StatutContrat.ECHU)).get(0);
    assertEquals("le statut « Échu » est contredit par les dates au 2026-11-22 : la période du contrat court jusqu'au"
        + " 2029-12-31 ; le statut ECHU est prématuré (RESILIE si le contrat a été rompu avant son terme)",
        echu.message(Locale.FRENCH));
  }

  @Test
  void signedContract_messages_nameWhatIsMissingInBothLanguages() {
    List<Finding> f = RuleHarness.check(COMPLET, RuleHarness.base(b -> b.signataires(List.of())
        .periode(Optional.empty())));
    assertEquals("le contrat a le statut « En vigueur » mais n'a aucun signataire ; un contrat signé dit qui l'a signé"
        + " et pour quelle période : complétez « signataires »", f.get(0).message(Locale.FRENCH));
    assertEquals("the contract has the status \"in force\" but has no period of validity; a signed contract says who"
        + " signed it and for which period: fill in \"periode\"", f.get(1).message(Locale.ENGLISH));
  }

  @Test
  void event_message_inBothLanguages() {
    Finding f = RuleHarness.check(EVENEMENTS, evenements(evenement(TypeEvenement.SIGNATURE, "2026-12"))).get(0);
    assertEquals("l'événement « Signature du contrat » du 2026-12 est incohérent : il est daté après la date de"
        + " référence 2026-11-22, alors qu'un tel événement se constate et ne se planifie pas ; corrigez la date",
        f.message(Locale.FRENCH));
    assertEquals("the event \"signature of the contract\" of 2026-12 is inconsistent: it is dated after the reference date"
        + " 2026-11-22, whereas such an event is recorded, not planned; fix the date", f.message(Locale.ENGLISH));
  }

  /** The text of CLS-CYC-001 that says what is missing. */
  private static MessageKey manque(String propriete) {
    return new MessageKey("CLS-CYC-001.manque." + propriete);
  }

  /** The text of CLS-CYC-003 that says why an event is inconsistent. */
  private static MessageKey motif(String motif) {
    return new MessageKey("CLS-CYC-003.motif." + motif);
  }

  /** The text of CLS-CYC-006 that says how the dates contradict the status. */
  private static MessageKey selonLesDates(String cas) {
    return new MessageKey("CLS-CYC-006.cas." + cas);
  }

  private static ContratLocalDeSante statut(ContratLocalDeSante c, StatutContrat statut) {
    // Not RuleHarness.base(b -> b.from(c)): the builder's from() adds to the base's lists.
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(c);
    return b.statut(statut).build();
  }

  /** The base signatories, with this one's signature date changed. */
  private static List<Signataire> signataireLe(String acteur, String date) {
    List<Signataire> liste = new ArrayList<>();
    for (Signataire s : RuleHarness.base().signataires()) {
      liste.add(s.acteur().equals(acteur)
          ? Signataire.builder().from(s).dateSignature(LocalDate.parse(date)).build() : s);
    }
    return liste;
  }

  private static Arguments cas(String label, Rule rule, ContratLocalDeSante contrat, LocalDate today,
      Attendu... attendus) {
    return Arguments.of(label, rule, contrat, today, List.of(attendus));
  }
}
