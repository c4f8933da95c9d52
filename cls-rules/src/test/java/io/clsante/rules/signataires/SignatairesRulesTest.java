package io.clsante.rules.signataires;

import static io.clsante.rules.RuleHarness.day;
import static io.clsante.rules.signataires.SignatairesExamples.acteur;
import static io.clsante.rules.signataires.SignatairesExamples.signataire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.Acteur;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.RoleSignataire;
import io.clsante.model.Signataire;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignatairesRulesTest {
  private static final Rule ARS = new UneArsSigne();
  private static final Rule COLLECTIVITE = new UneCollectiviteSigne();
  private static final Rule REGION_ARS = new ArsDeLaRegionDuTerritoire();
  private static final Rule DU_TERRITOIRE = new CollectivitesSignatairesDuTerritoire();
  private static final Rule DATEES = new SignaturesDatees();
  private static final Rule NON_FUTURES = new SignaturesNonFutures();
  private static final Rule UNE_DATE = new UneSeuleDateDeSignature();
  private static final LocalDate TODAY = RuleHarness.TODAY;

  @Test
  void registry_listsEveryRuleInIdOrder() {
    assertEquals(List.of("CLS-SIG-001", "CLS-SIG-002", "CLS-SIG-003", "CLS-SIG-004", "CLS-SIG-005", "CLS-SIG-006",
        "CLS-SIG-007"),
        SignatairesRules.all().stream().map(Rule::id).toList());
  }

  static Stream<Arguments> firing() {
    ContratLocalDeSante base = RuleHarness.base();
    Signataire ars = base.signataires().get(0);
    Signataire cpam = Signataire.builder().acteur("cpam-gers").role(RoleSignataire.SIGNATAIRE).build();
    return Stream.of(
        // CLS-SIG-001, around the signature
        Arguments.of("SIG-001 first signed status", ARS,
            RuleHarness.base(b -> b.statut(StatutContrat.SIGNE).signataires(base.signataires().subList(1, 4))),
            TODAY, "/signataires", List.of(StatutContrat.SIGNE)),
        // CLS-SIG-002
        Arguments.of("SIG-002 first signed status, ARS alone", COLLECTIVITE,
            RuleHarness.base(b -> b.statut(StatutContrat.SIGNE).signataires(List.of(ars))),
            TODAY, "/signataires", List.of(StatutContrat.SIGNE)),
        Arguments.of("SIG-002 last status, ARS alone", COLLECTIVITE,
            RuleHarness.base(b -> b.statut(StatutContrat.RENOUVELE).signataires(List.of(ars))),
            TODAY, "/signataires", List.of(StatutContrat.RENOUVELE)),
        Arguments.of("SIG-002 empty list of signatories", COLLECTIVITE,
            RuleHarness.base(b -> b.signataires(List.of())), TODAY, "/signataires", List.of(StatutContrat.EN_VIGUEUR)),
        Arguments.of("SIG-002 ARS and CPAM only", COLLECTIVITE,
            RuleHarness.base(b -> b.signataires(List.of(ars, cpam))), TODAY, "/signataires",
                List.of(StatutContrat.EN_VIGUEUR)),
        // CLS-SIG-003
        Arguments.of("SIG-003 ARS of Auvergne-Rhône-Alpes", REGION_ARS,
            acteur(0, a -> a.codeRegion(CodeRegion.parse("84"))), TODAY, "/signataires/0/acteur",
            List.of("Agence régionale de santé Occitanie", "Auvergne-Rhône-Alpes", CodeRegion.parse("84"), "Occitanie",
                CodeRegion.parse("76"))),
        Arguments.of("SIG-003 before signature too", REGION_ARS,
            with(acteur(0, a -> a.codeRegion(CodeRegion.parse("75"))), b -> b.statut(StatutContrat.EN_ELABORATION)),
            TODAY, "/signataires/0/acteur",
            List.of("Agence régionale de santé Occitanie", "Nouvelle-Aquitaine", CodeRegion.parse("75"), "Occitanie",
                CodeRegion.parse("76"))),
        Arguments.of("SIG-003 a second ARS, of another région", REGION_ARS,
            RuleHarness.base(b -> b.addActeurs(nouvelActeur("ars-paca", "ARS Provence-Alpes-Côte d'Azur", TypeActeur.ARS,
                a -> a.codeRegion(CodeRegion.parse("93")))).addSignataires(signe("ars-paca"))),
            TODAY, "/signataires/4/acteur",
            List.of("ARS Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", CodeRegion.parse("93"),
                "Occitanie", CodeRegion.parse("76"))),
        // CLS-SIG-004
        Arguments.of("SIG-004 commune outside the territory", DU_TERRITOIRE,
            acteur(3, a -> a.nom("Commune de Mirande").codeCommune(CodeCommune.parse("32256"))),
            TODAY, "/signataires/3/acteur", List.of("Commune de Mirande", "Mirande", CodeCommune.parse("32256"))),
        Arguments.of("SIG-004 EPCI outside the territory", DU_TERRITOIRE,
            acteur(1, a -> a.siren(Siren.parse("243200425"))), TODAY, "/signataires/1/acteur",
            List.of("Communauté de communes Val de Gers", "CC Coeur d'Astarac en Gascogne", Siren.parse("243200425"))),
        Arguments.of("SIG-004 département outside the territory", DU_TERRITOIRE,
            acteur(2, a -> a.nom("Conseil départemental des Hautes-Pyrénées").codeDepartement(CodeDepartement.parse("65"))),
            TODAY, "/signataires/2/acteur", List.of("Conseil départemental des Hautes-Pyrénées", "Hautes-Pyrénées",
                CodeDepartement.parse("65"))),
        Arguments.of("SIG-004 région outside the territory", DU_TERRITOIRE,
            RuleHarness.base(b -> b.addActeurs(nouvelActeur("cr-na", "Région Nouvelle-Aquitaine", TypeActeur.CONSEIL_REGIONAL,
                a -> a.codeRegion(CodeRegion.parse("75")))).addSignataires(signe("cr-na"))),
            TODAY, "/signataires/4/acteur", List.of("Région Nouvelle-Aquitaine", "Nouvelle-Aquitaine",
                CodeRegion.parse("75"))),
        Arguments.of("SIG-004 no commune listed: commune outside the declared EPCI", DU_TERRITOIRE,
            with(acteur(3, a -> a.nom("Commune de Mirande").codeCommune(CodeCommune.parse("32256"))),
                b -> b.territoire(territoire(t -> t.communes(List.of())))),
            TODAY, "/signataires/3/acteur", List.of("Commune de Mirande", "Mirande", CodeCommune.parse("32256"))),
        Arguments.of("SIG-004 only départements listed: commune of another département", DU_TERRITOIRE,
            with(acteur(3, a -> a.nom("Commune de Tarbes").codeCommune(CodeCommune.parse("65440"))),
                b -> b.territoire(territoire(t -> t.communes(List.of()).epci(List.of())))),
            TODAY, "/signataires/3/acteur", List.of("Commune de Tarbes", "Tarbes", CodeCommune.parse("65440"))),
        Arguments.of("SIG-004 no département listed: derived from the communes", DU_TERRITOIRE,
            with(acteur(2, a -> a.codeDepartement(CodeDepartement.parse("65"))),
                b -> b.territoire(territoire(t -> t.departements(List.of())))),
            TODAY, "/signataires/2/acteur", List.of("Conseil départemental du Gers", "Hautes-Pyrénées",
                CodeDepartement.parse("65"))),
        Arguments.of("SIG-004 no région listed: derived from the départements", DU_TERRITOIRE,
            RuleHarness.base(b -> b.territoire(territoire(t -> t.region(Optional.empty())))
                .addActeurs(nouvelActeur("cr-na", "Région Nouvelle-Aquitaine", TypeActeur.CONSEIL_REGIONAL,
                    a -> a.codeRegion(CodeRegion.parse("75")))).addSignataires(signe("cr-na"))),
            TODAY, "/signataires/4/acteur", List.of("Région Nouvelle-Aquitaine", "Nouvelle-Aquitaine",
                CodeRegion.parse("75"))),
        // CLS-SIG-005
        Arguments.of("SIG-005 first signed status", DATEES,
            with(signataire(1, s -> s.dateSignature(Optional.empty())), b -> b.statut(StatutContrat.SIGNE)),
            TODAY, "/signataires/1", List.of("Communauté de communes Val de Gers", StatutContrat.SIGNE)),
        Arguments.of("SIG-005 unknown actor: named by its id", DATEES,
            signataire(3, s -> s.acteur("commune-inconnue").dateSignature(Optional.empty())),
            TODAY, "/signataires/3", List.of("commune-inconnue", StatutContrat.EN_VIGUEUR)),
        // CLS-SIG-006
        Arguments.of("SIG-006 the day after today", NON_FUTURES,
            signataire(2, s -> s.dateSignature(TODAY.plusDays(1))), TODAY, "/signataires/2/dateSignature",
            List.of("Conseil départemental du Gers", day("2026-11-23"), day("2026-11-22"))),
        Arguments.of("SIG-006 before signature too", NON_FUTURES,
            with(signataire(0, s -> s.dateSignature(LocalDate.of(2027, 1, 15))), b -> b.statut(StatutContrat.EN_ELABORATION)),
            TODAY, "/signataires/0/dateSignature",
            List.of("Agence régionale de santé Occitanie", day("2027-01-15"), day("2026-11-22"))),
        Arguments.of("SIG-006 an approximate date wholly after today", NON_FUTURES,
            signataire(2, s -> s.dateSignature(Optional.empty()).dateSignatureApprochee(DateCalendaire.parse("2026-12"))),
            TODAY, "/signataires/2/dateSignatureApprochee",
            List.of("Conseil départemental du Gers", DateCalendaire.parse("2026-12"), day("2026-11-22"))),
        // CLS-SIG-007
        Arguments.of("SIG-007 a date to the day and an approximate one", UNE_DATE,
            signataire(1, s -> s.dateSignatureApprochee(DateCalendaire.parse("2025-11"))),
            TODAY, "/signataires/1/dateSignatureApprochee",
            List.of("Communauté de communes Val de Gers", day("2025-11-13"), DateCalendaire.parse("2025-11"))),
        Arguments.of("SIG-007 contradicting each other", UNE_DATE,
            signataire(0, s -> s.dateSignatureApprochee(DateCalendaire.parse("2024"))),
            TODAY, "/signataires/0/dateSignatureApprochee",
            List.of("Agence régionale de santé Occitanie", day("2025-11-13"), DateCalendaire.parse("2024"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firing")
  void fires(String label, Rule rule, ContratLocalDeSante c, LocalDate today, String pointer, List<?> args) {
    List<Finding> f = RuleHarness.check(rule, c, today);
    assertEquals(1, f.size(), f.toString());
    assertEquals(rule.id(), f.get(0).ruleId());
    assertEquals(pointer, f.get(0).pointer());
    assertEquals(args, f.get(0).arguments());
  }

  static Stream<Arguments> quiet() {
    ContratLocalDeSante base = RuleHarness.base();
    Signataire ars = base.signataires().get(0);
    Signataire commune = Signataire.builder().from(base.signataires().get(3)).build();
    return Stream.of(
        Arguments.of("SIG-001 before signature", ARS,
            RuleHarness.base(b -> b.statut(StatutContrat.EN_ELABORATION).signataires(List.of())), TODAY),
        // CLS-SIG-002
        Arguments.of("SIG-002 last status before signature, ARS alone", COLLECTIVITE,
            RuleHarness.base(b -> b.statut(StatutContrat.EN_ELABORATION).signataires(List.of(ars))), TODAY),
        Arguments.of("SIG-002 a commune as co-signataire associé is enough", COLLECTIVITE,
            RuleHarness.base(b -> b.signataires(List.of(ars, commune))), TODAY),
        Arguments.of("SIG-002 a PETR is a grouping of local authorities", COLLECTIVITE,
            RuleHarness.base(b -> b.addActeurs(nouvelActeur("petr", "PETR du Pays d'Auch", TypeActeur.PETR, a -> a))
                .signataires(List.of(ars, signe("petr")))), TODAY),
        Arguments.of("SIG-002 a conseil régional is a local authority", COLLECTIVITE,
            RuleHarness.base(b -> b.addActeurs(nouvelActeur("cr", "Région Occitanie", TypeActeur.CONSEIL_REGIONAL, a -> a))
                .signataires(List.of(ars, signe("cr")))), TODAY),
        Arguments.of("SIG-002 unknown actor id is CLS-REF-002's business", COLLECTIVITE,
            RuleHarness.base(b -> b.signataires(List.of(ars, signe("cc-inconnue")))), TODAY),
        // CLS-SIG-003
        Arguments.of("SIG-003 ARS without région code", REGION_ARS,
            acteur(0, a -> a.codeRegion(Optional.empty())), TODAY),
        Arguments.of("SIG-003 territory without région", REGION_ARS,
            with(acteur(0, a -> a.codeRegion(CodeRegion.parse("84"))),
                b -> b.territoire(territoire(t -> t.region(Optional.empty())))), TODAY),
        Arguments.of("SIG-003 ARS région code unknown (CLS-TER-008)", REGION_ARS,
            acteur(0, a -> a.codeRegion(CodeRegion.parse("73"))), TODAY),
        Arguments.of("SIG-003 territory région code unknown (CLS-TER-008)", REGION_ARS,
            RuleHarness.base(b -> b.territoire(territoire(t -> t.region(CodeRegion.parse("91"))))), TODAY),
        Arguments.of("SIG-003 an ARS of another région that does not sign", REGION_ARS,
            RuleHarness.base(b -> b.addActeurs(nouvelActeur("ars-paca", "ARS PACA", TypeActeur.ARS,
                a -> a.codeRegion(CodeRegion.parse("93"))))), TODAY),
        // CLS-SIG-004
        Arguments.of("SIG-004 associated commune of a commune of the territory", DU_TERRITOIRE,
            acteur(3, a -> a.codeCommune(CodeCommune.parse("32011"))), TODAY),
        Arguments.of("SIG-004 no commune listed: member of the declared EPCI", DU_TERRITOIRE,
            with(acteur(3, a -> a.codeCommune(CodeCommune.parse("32250"))),
                b -> b.territoire(territoire(t -> t.communes(List.of())))), TODAY),
        Arguments.of("SIG-004 only départements listed: commune of that département", DU_TERRITOIRE,
            with(acteur(3, a -> a.codeCommune(CodeCommune.parse("32256"))),
                b -> b.territoire(territoire(t -> t.communes(List.of()).epci(List.of())))), TODAY),
        Arguments.of("SIG-004 territory entirely unknown", DU_TERRITOIRE,
            with(acteur(3, a -> a.codeCommune(CodeCommune.parse("65440"))),
                b -> b.territoire(Territoire.builder().build())), TODAY),
        Arguments.of("SIG-004 commune without code", DU_TERRITOIRE,
            acteur(3, a -> a.codeCommune(Optional.empty())), TODAY),
        Arguments.of("SIG-004 commune code unknown (CLS-TER-001)", DU_TERRITOIRE,
            acteur(3, a -> a.codeCommune(CodeCommune.parse("32006"))), TODAY),
        Arguments.of("SIG-004 EPCI of a listed commune, though not in the EPCI list", DU_TERRITOIRE,
            with(acteur(1, a -> a.siren(Siren.parse("243200425"))),
                b -> b.territoire(territoire(t -> t.addCommunes(io.clsante.model.CommuneTerritoire.of(
                    CodeCommune.parse("32256")))))), TODAY),
        Arguments.of("SIG-004 conseil régional of the territory's région", DU_TERRITOIRE,
            RuleHarness.base(b -> b.addActeurs(nouvelActeur("cr", "Région Occitanie", TypeActeur.CONSEIL_REGIONAL,
                a -> a.codeRegion(CodeRegion.parse("76")))).addSignataires(signe("cr"))), TODAY),
        Arguments.of("SIG-004 unknown actor id (CLS-REF-002)", DU_TERRITOIRE,
            signataire(3, s -> s.acteur("commune-inconnue")), TODAY),
        // CLS-SIG-005
        Arguments.of("SIG-005 before signature", DATEES,
            with(signataire(1, s -> s.dateSignature(Optional.empty())), b -> b.statut(StatutContrat.EN_ELABORATION)),
            TODAY),
        // CLS-SIG-006
        Arguments.of("SIG-006 signed today", NON_FUTURES, signataire(2, s -> s.dateSignature(TODAY)), TODAY),
        Arguments.of("SIG-006 reference date on the day of signature", NON_FUTURES, RuleHarness.base(),
            LocalDate.of(2025, 11, 13)),
        Arguments.of("SIG-006 no date", NON_FUTURES, signataire(2, s -> s.dateSignature(Optional.empty())), TODAY),
        Arguments.of("SIG-005 signed, a date known to the month", DATEES,
            signataire(1, s -> s.dateSignature(Optional.empty()).dateSignatureApprochee(DateCalendaire.parse("2025-11"))),
            TODAY),
        Arguments.of("SIG-006 an approximate date that includes today", NON_FUTURES,
            signataire(2, s -> s.dateSignature(Optional.empty()).dateSignatureApprochee(DateCalendaire.parse("2026"))),
            TODAY),
        Arguments.of("SIG-007 an approximate date alone", UNE_DATE,
            signataire(2, s -> s.dateSignature(Optional.empty()).dateSignatureApprochee(DateCalendaire.parse("2025"))),
            TODAY),
        Arguments.of("SIG-007 a date to the day alone", UNE_DATE, RuleHarness.base(), TODAY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quiet")
  void staysQuiet(String label, Rule rule, ContratLocalDeSante c, LocalDate today) {
    assertEquals(List.of(), RuleHarness.check(rule, c, today));
  }

  @Test
  void undatedSignatories_eachGetOneFinding() {
    List<Signataire> sans = new ArrayList<>();
    for (Signataire s : RuleHarness.base().signataires()) {
      sans.add(Signataire.builder().from(s).dateSignature(Optional.empty()).build());
    }
    List<Finding> f = RuleHarness.check(DATEES, RuleHarness.base(b -> b.statut(StatutContrat.ECHU).signataires(sans)));
    assertEquals(List.of("/signataires/0", "/signataires/1", "/signataires/2", "/signataires/3"),
        f.stream().map(Finding::pointer).toList());
  }

  @Test
  void referenceDateTheDayBeforeSignature_flagsEverySignatory() {
    List<Finding> f = RuleHarness.check(NON_FUTURES, RuleHarness.base(), LocalDate.of(2025, 11, 12));
    assertEquals(List.of("/signataires/0/dateSignature", "/signataires/1/dateSignature",
        "/signataires/2/dateSignature", "/signataires/3/dateSignature"), f.stream().map(Finding::pointer).toList());
  }

  @Test
  void arsOfAnotherRegion_messagesNameBothRegions() {
    Finding f = RuleHarness.check(REGION_ARS, acteur(0, a -> a.codeRegion(CodeRegion.parse("84")))).get(0);
    assertEquals("« Agence régionale de santé Occitanie » est l'ARS de la région Auvergne-Rhône-Alpes (84) "
        + "alors que le territoire du contrat est dans la région Occitanie (76) ; seule l'ARS de la région du "
        + "territoire peut conclure ce CLS (art. L1431-1 CSP)", f.message(Locale.FRENCH));
    assertEquals("\"Agence régionale de santé Occitanie\" is the ARS of the région Auvergne-Rhône-Alpes (84) "
        + "whereas the contract's territory lies in the région Occitanie (76); only the ARS of the territory's "
        + "région can conclude this CLS (art. L1431-1 CSP)", f.message(Locale.ENGLISH));
  }

  @Test
  void communeOutsideTheTerritory_messagesNameTheCommune() {
    Finding f = RuleHarness.check(DU_TERRITOIRE,
        acteur(3, a -> a.nom("Commune de Mirande").codeCommune(CodeCommune.parse("32256")))).get(0);
    assertEquals("« Commune de Mirande » signe comme collectivité du territoire, mais Mirande (32256) n'en fait "
        + "pas partie ; corrigez l'identifiant de cet acteur ou complétez le territoire", f.message(Locale.FRENCH));
    assertEquals("\"Commune de Mirande\" signs as a local authority of the territory, but Mirande (32256) is not "
        + "part of it; fix this actor's identifier or complete the territory", f.message(Locale.ENGLISH));
  }

  private static ContratLocalDeSante with(ContratLocalDeSante c, UnaryOperator<ContratLocalDeSante.Builder> change) {
    ContratLocalDeSante.Builder b = ContratLocalDeSante.builder();
    b.from(c);
    return change.apply(b).build();
  }

  private static Territoire territoire(UnaryOperator<Territoire.Builder> change) {
    Territoire.Builder b = Territoire.builder();
    b.from(RuleHarness.base().territoire());
    return change.apply(b).build();
  }

  private static Acteur nouvelActeur(String id, String nom, TypeActeur type, UnaryOperator<Acteur.Builder> change) {
    Acteur.Builder b = Acteur.builder();
    b.id(id).nom(nom).type(type);
    return change.apply(b).build();
  }

  private static Signataire signe(String acteur) {
    return Signataire.builder().acteur(acteur).role(RoleSignataire.SIGNATAIRE).dateSignature(LocalDate.of(2025, 11, 13))
        .build();
  }
}
