package io.clsante.rules.financements;

import static io.clsante.rules.financements.FinancementsExamples.financement;
import static io.clsante.rules.financements.FinancementsExamples.fiche;
import static io.clsante.rules.financements.FinancementsExamples.montant;
import static io.clsante.rules.financements.FinancementsExamples.parts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.BaseTaxe;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.DispositifFinancement;
import io.clsante.model.EntiteCls;
import io.clsante.model.Financement;
import io.clsante.model.Intervenant;
import io.clsante.model.Montant;
import io.clsante.model.Operation;
import io.clsante.model.PartCofinancement;
import io.clsante.model.StatutFinancement;
import io.clsante.model.TypeDispositif;
import io.clsante.model.UniteMontant;
import io.clsante.rules.Attendu;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.spi.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FinancementsRulesTest {
  private static final Rule NEGATIF = new MontantsPositifsOuNuls();
  private static final Rule STATUT = new MontantSelonLeStatut();
  private static final Rule BUDGET = new FinancementsPonctuelsDansLeBudget();
  private static final Rule PARTS = new CofinancementsCoordinationA100();
  private static final Rule FORME = new MontantValeurOuFourchette();
  private static final Rule ORDRE = new FourchetteOrdonnee();
  private static final String FICHE = "/axes/0/fiches/0";
  private static final String OPERATION = FICHE + "/operations/0";
  private static final String ARS = "Agence régionale de santé Occitanie";
  private static final MessageKey AVEC_MONTANT = new MessageKey("CLS-FIN-002.avecMontant");
  private static final MessageKey SANS_MONTANT = new MessageKey("CLS-FIN-002.sansMontant");

  static Stream<Arguments> cases() {
    return Stream.of(
        // CLS-FIN-001
        cas("FIN-001 negative budget", NEGATIF, fiche(f -> f.budgetPrevisionnel(montant("-1"))),
            Attendu.at(FICHE + "/budgetPrevisionnel/valeur", objet("budgetPrevisionnel"), montant("-1"), "FA 1.1")),
        cas("FIN-001 negative operation budget", NEGATIF, operationBudget("-2000"),
            Attendu.at(FICHE + "/operations/0/budget/valeur", objet("budget"), montant("-2000"), "FA 1.1",
                "Journée d'accueil")),
        cas("FIN-001 negative FTE", NEGATIF, etp("-0.5"), Attendu.at("/coordination/etp", objet("etp"),
            new BigDecimal("-0.5"))),
        cas("FIN-001 zero everywhere", NEGATIF, RuleHarness.base(b -> b.coordination(etp("0").coordination())
            .axes(fiche(f -> f.budgetPrevisionnel(montant("0"))
                .operations(operationBudget("0").axes().get(0).fiches().get(0).operations())
                .financements(List.of(Financement.builder().statut(StatutFinancement.ACQUIS)
                    .montant(montant("0.00")).build()))).axes()))),
        cas("FIN-001 one finding per negative value", NEGATIF,
            fiche(f -> f.budgetPrevisionnel(montant("-3000")).financements(List.of(
                Financement.builder().statut(StatutFinancement.ACQUIS).montant(montant("-1")).build(),
                Financement.builder().statut(StatutFinancement.PREVISIONNEL).montant(montant("-2")).build()))),
            Attendu.at(FICHE + "/financements/0/montant/valeur", objet("montant"), montant("-1"), "FA 1.1", "#1"),
            Attendu.at(FICHE + "/financements/1/montant/valeur", objet("montant"), montant("-2"), "FA 1.1", "#2"),
            Attendu.at(FICHE + "/budgetPrevisionnel/valeur", objet("budgetPrevisionnel"), montant("-3000"), "FA 1.1")),
        cas("FIN-001 negative bound of a range in an operation's funding", NEGATIF,
            operationFinancement(Financement.builder().statut(StatutFinancement.PREVISIONNEL)
                .montant(entre("-10", "20")).build()),
            Attendu.at(OPERATION + "/financements/0/montant/minimum", objet("montant"), montant("-10"),
                "FA 1.1 – Journée d'accueil", "#1")),
        // CLS-FIN-002
        cas("FIN-002 funder named without amount", STATUT,
            financement(0, f -> f.statut(StatutFinancement.FINANCEUR_IDENTIFIE).montant(Optional.empty()))),
        cas("FIN-002 funder named, with an amount", STATUT,
            financement(0, f -> f.statut(StatutFinancement.FINANCEUR_IDENTIFIE)),
            Attendu.at(FICHE + "/financements/0", StatutFinancement.FINANCEUR_IDENTIFIE, "FA 1.1", ARS, AVEC_MONTANT,
                Montant.builder().valeur(new BigDecimal("1500")).unite(UniteMontant.PONCTUEL).build())),
        cas("FIN-002 an operation's funding, named by the coordination", STATUT,
            operationFinancement(Financement.builder().statut(StatutFinancement.ACQUIS)
                .financeur(Intervenant.builder().cls(EntiteCls.COORDINATION).build()).build()),
            Attendu.at(OPERATION + "/financements/0", StatutFinancement.ACQUIS, "FA 1.1 – Journée d'accueil",
                EntiteCls.COORDINATION, SANS_MONTANT)),
        cas("FIN-002 named by its instrument", STATUT,
            financement(0, f -> f.financeur(Optional.empty()).dispositif(DispositifFinancement.of(TypeDispositif.FIR))
                .montant(Optional.empty())),
            Attendu.at(FICHE + "/financements/0", StatutFinancement.ACQUIS, "FA 1.1", TypeDispositif.FIR, SANS_MONTANT)),
        // CLS-FIN-002
        cas("FIN-002 acquired without amount", STATUT, financement(0, f -> f.montant(Optional.empty())),
            Attendu.at(FICHE + "/financements/0", StatutFinancement.ACQUIS, "FA 1.1", ARS, SANS_MONTANT)),
        cas("FIN-002 planned without amount", STATUT,
            financement(0, f -> f.statut(StatutFinancement.PREVISIONNEL).montant(Optional.empty())),
            Attendu.at(FICHE + "/financements/0", StatutFinancement.PREVISIONNEL, "FA 1.1", ARS, SANS_MONTANT)),
        cas("FIN-002 planned with amount", STATUT, financement(0, f -> f.statut(StatutFinancement.PREVISIONNEL))),
        cas("FIN-002 to be defined with a zero amount", STATUT, financement(1, f -> f.montant(montant("0"))),
            Attendu.at(FICHE + "/financements/1", StatutFinancement.A_DEFINIR, "FA 1.1",
                "Conseil départemental du Gers", AVEC_MONTANT, montant("0"))),
        cas("FIN-002 named by its label without funder", STATUT,
            financement(1, f -> f.financeur(Optional.empty()).libelle("Appel à projets").montant(montant("10"))),
            Attendu.at(FICHE + "/financements/1", StatutFinancement.A_DEFINIR, "FA 1.1", "Appel à projets",
                AVEC_MONTANT, montant("10"))),
        cas("FIN-002 named by its rank without funder nor label", STATUT,
            financement(1, f -> f.financeur(Optional.empty()).montant(montant("10"))),
            Attendu.at(FICHE + "/financements/1", StatutFinancement.A_DEFINIR, "FA 1.1", "#2", AVEC_MONTANT,
                montant("10"))),
        cas("FIN-002 an unknown funder is named by its id", STATUT,
            financement(1, f -> f.financeur(Intervenant.of("inconnu")).montant(montant("10"))),
            Attendu.at(FICHE + "/financements/1", StatutFinancement.A_DEFINIR, "FA 1.1", "inconnu", AVEC_MONTANT,
                montant("10"))),
        // CLS-FIN-003
        cas("FIN-003 exactly the budget", BUDGET, avecFinancement("1500", null, UniteMontant.PONCTUEL)),
        cas("FIN-003 one cent above the budget", BUDGET, avecFinancement("1500.01", null, UniteMontant.PONCTUEL),
            Attendu.at(FICHE + "/budgetPrevisionnel", "FA 1.1", montant("3000.01"), montant("3000"))),
        cas("FIN-003 an amount without unit is one-off", BUDGET, avecFinancement("2000", null, null),
            Attendu.at(FICHE + "/budgetPrevisionnel", "FA 1.1", montant("3500"), montant("3000"))),
        cas("FIN-003 a yearly amount is not added", BUDGET, avecFinancement("5000", null, UniteMontant.PAR_AN)),
        cas("FIN-003 a negative amount is left to FIN-001", BUDGET,
            fiche(f -> f.budgetPrevisionnel(montant("1000")).financements(List.of(
                Financement.builder().statut(StatutFinancement.ACQUIS).montant(montant("1500")).build(),
                Financement.builder().statut(StatutFinancement.ACQUIS).montant(montant("-1000")).build()))),
            Attendu.at(FICHE + "/budgetPrevisionnel", "FA 1.1", montant("1500"), montant("1000"))),
        cas("FIN-003 no budget", BUDGET, fiche(f -> f.budgetPrevisionnel(Optional.empty())
            .addFinancements(Financement.builder().statut(StatutFinancement.ACQUIS).montant(montant("9999")).build()))),
        cas("FIN-003 HT budget, TTC funding not compared", BUDGET, budgetHt(BaseTaxe.TTC)),
        cas("FIN-003 HT budget, HT funding compared", BUDGET, budgetHt(BaseTaxe.HT),
            Attendu.at(FICHE + "/budgetPrevisionnel", "FA 1.1", montant("4000"), montant("2000"), BaseTaxe.HT)),
        cas("FIN-003 HT budget, funding without base compared", BUDGET, budgetHt(null),
            Attendu.at(FICHE + "/budgetPrevisionnel", "FA 1.1", montant("4000"), montant("2000"), BaseTaxe.HT)),
        cas("FIN-003 a range of budget is compared by its maximum", BUDGET,
            fiche(f -> f.budgetPrevisionnel(entre("1000", "1400"))),
            Attendu.at(FICHE + "/budgetPrevisionnel", "FA 1.1", montant("1500"), entre("1000", "1400"))),
        cas("FIN-003 a funding range counts by its minimum", BUDGET,
            fiche(f -> f.addFinancements(Financement.builder().statut(StatutFinancement.PREVISIONNEL)
                .montant(entre("1500", "9000")).build()))),
        cas("FIN-003 a unit in words is not one-off", BUDGET,
            fiche(f -> f.addFinancements(Financement.builder().statut(StatutFinancement.PREVISIONNEL)
                .montant(Montant.builder().valeur(new BigDecimal("5000")).uniteLibelle("par an et par poste").build())
                .build()))),
        // CLS-FIN-004
        cas("FIN-004 a share unknown: the sum is not checked", PARTS, RuleHarness.base(b -> b.coordination(
            Coordination.builder().from(RuleHarness.base().coordination().orElseThrow()).cofinancements(List.of(
                PartCofinancement.of("ars-occitanie", new BigDecimal("60")), PartCofinancement.sansPart("cd-gers")))
                .build()))),
        // CLS-FIN-005
        cas("FIN-005 a value", FORME, RuleHarness.base()),
        cas("FIN-005 a range", FORME, financement(0, f -> f.montant(entre("1000", "2000")))),
        cas("FIN-005 a lower bound only", FORME,
            financement(0, f -> f.montant(Montant.builder().minimum(new BigDecimal("1000")).build()))),
        cas("FIN-005 neither", FORME, financement(0, f -> f.montant(Montant.builder().build())),
            Attendu.at(FICHE + "/financements/0/montant", new MessageKey("CLS-FIN-005.aucun"))),
        cas("FIN-005 both, in an operation's budget", FORME, operationBudgetMontant(
                Montant.builder().valeur(new BigDecimal("5")).maximum(new BigDecimal("9")).build()),
            Attendu.at(OPERATION + "/budget", new MessageKey("CLS-FIN-005.lesDeux"))),
        // CLS-FIN-006
        cas("FIN-006 ordered", ORDRE, financement(0, f -> f.montant(entre("1000", "2000")))),
        cas("FIN-006 equal bounds", ORDRE, financement(0, f -> f.montant(entre("1000", "1000")))),
        cas("FIN-006 swapped", ORDRE, financement(0, f -> f.montant(entre("2000", "1000"))),
            Attendu.at(FICHE + "/financements/0/montant/minimum", montant("2000"), montant("1000"))),
        cas("FIN-006 swapped in an operation's budget", ORDRE, operationBudgetMontant(entre("9", "5")),
            Attendu.at(OPERATION + "/budget/minimum", montant("9"), montant("5"))),
        // CLS-FIN-004
        cas("FIN-004 thirds that add up to 100", PARTS, parts("33.33", "33.33", "33.34")),
        cas("FIN-004 a single share of 100", PARTS, parts("100.00")),
        cas("FIN-004 99.99", PARTS, parts("33.33", "33.33", "33.33"),
            Attendu.at("/coordination/cofinancements", new BigDecimal("99.99"))),
        cas("FIN-004 above 100", PARTS, parts("60", "50"), Attendu.at("/coordination/cofinancements",
            new BigDecimal("110"))),
        cas("FIN-004 no share", PARTS, parts()),
        cas("FIN-004 no coordination", PARTS, RuleHarness.base(b -> b.coordination(Optional.empty()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_findsExactlyWhatIsExpected(String label, Rule rule, ContratLocalDeSante contrat, List<Attendu> attendus) {
    RuleHarness.assertFindings(rule, contrat, RuleHarness.TODAY, attendus);
  }

  @Test
  void budget_message_writesEurosInBothLanguages() {
    Finding f = RuleHarness.check(BUDGET, FinancementsExamples.all().get(2).contrat()).get(0);
    assertEquals("les financements ponctuels de la fiche FA 1.1 totalisent 1\u202f500,00\u00a0€, plus que son"
        + " budget prévisionnel de 1\u202f000,00\u00a0€ ; revoyez le budget ou les montants, et donnez leur unité"
        + " (PAR_AN…) aux financements récurrents", f.message(Locale.FRENCH));
    assertEquals("the one-off fundings of fiche FA 1.1 add up to €1,500.00, more than its budget of €1,000.00;"
        + " revise the budget or the amounts, and give recurring fundings their unit (PAR_AN…)",
        f.message(Locale.ENGLISH));
  }

  @Test
  void budget_message_namesTheTaxBase() {
    Finding f = RuleHarness.check(BUDGET, budgetHt(BaseTaxe.HT)).get(0);
    assertEquals("CLS-FIN-003.message.taxe", f.messageKey());
    assertEquals("les financements ponctuels de la fiche FA 1.1 totalisent 4\u202f000,00\u00a0€ (Hors taxes), plus"
        + " que son budget prévisionnel de 2\u202f000,00\u00a0€ (Hors taxes) ; revoyez le budget ou les montants,"
        + " et donnez leur unité (PAR_AN…) aux financements récurrents", f.message(Locale.FRENCH));
    assertEquals("the one-off fundings of fiche FA 1.1 add up to €4,000.00 (excluding tax), more than its budget of"
        + " €2,000.00 (excluding tax); revise the budget or the amounts, and give recurring fundings their unit"
        + " (PAR_AN…)", f.message(Locale.ENGLISH));
    Finding sansBase = RuleHarness.check(BUDGET, FinancementsExamples.all().get(2).contrat()).get(0);
    assertEquals("CLS-FIN-003.message", sansBase.messageKey());
  }

  @Test
  void negative_messages_nameThePlaceInBothLanguages() {
    Finding f = RuleHarness.check(NEGATIF, operationBudget("-2000")).get(0);
    assertEquals("le budget de l'opération « Journée d'accueil » de la fiche FA 1.1 est négatif"
        + " (-2\u202f000,00\u00a0€) ; un montant ou un temps de travail se saisit en valeur positive ou nulle,"
        + " la nature d'un flux (dépense, recette) ne se code pas par son signe", f.message(Locale.FRENCH));
    assertEquals("the budget of the operation \"Journée d'accueil\" of fiche FA 1.1 is negative (-€2,000.00);"
        + " an amount or a working time is entered as a positive value or zero, the nature of a flow (expense,"
        + " income) is not coded by its sign", f.message(Locale.ENGLISH));
    Finding financement = RuleHarness.check(NEGATIF, FinancementsExamples.all().get(0).contrat()).get(0);
    assertEquals("le montant du financement « " + ARS + " » de la fiche FA 1.1 est négatif (-1\u202f500,00\u00a0€) ;"
        + " un montant ou un temps de travail se saisit en valeur positive ou nulle, la nature d'un flux (dépense,"
        + " recette) ne se code pas par son signe", financement.message(Locale.FRENCH));
    assertEquals(List.of(objet("montant"), montant("-1500"), "FA 1.1", ARS), financement.arguments());
    Finding etp = RuleHarness.check(NEGATIF, etp("-0.5")).get(0);
    assertEquals("le temps de travail (ETP) de la coordination est négatif (-0,5) ; un montant ou un temps de"
        + " travail se saisit en valeur positive ou nulle, la nature d'un flux (dépense, recette) ne se code pas"
        + " par son signe", etp.message(Locale.FRENCH));
  }

  @Test
  void status_messages_inBothLanguages() {
    Finding sans = RuleHarness.check(STATUT, financement(0, f -> f.montant(Optional.empty()))).get(0);
    assertEquals("le financement « " + ARS + " » de la fiche FA 1.1, au statut « Acquis », n'a pas de montant ;"
        + " seul un financement à définir, ou dont seul le financeur est identifié, n'a pas de montant, un"
        + " financement acquis ou prévisionnel en a un : corrigez le statut ou le montant", sans.message(Locale.FRENCH));
    assertEquals("the funding \"" + ARS + "\" of fiche FA 1.1, with status \"secured\", has no amount; only a"
        + " funding to be determined, or whose funder only is named, has no amount, a secured or planned funding"
        + " has one: fix the status or the amount", sans.message(Locale.ENGLISH));
    Finding avec = RuleHarness.check(STATUT, FinancementsExamples.all().get(1).contrat()).get(0);
    assertEquals("the funding \"Conseil départemental du Gers\" of fiche FA 1.1, with status \"to be determined\","
        + " has an amount (€1,000.00); only a funding to be determined, or whose funder only is named, has no"
        + " amount, a secured or planned funding has one: fix the status or the amount", avec.message(Locale.ENGLISH));
  }

  @Test
  void shares_message_writesThePercentageInBothLanguages() {
    Finding f = RuleHarness.check(PARTS, parts("60", "35.5")).get(0);
    assertEquals("les parts de cofinancement du poste de coordination totalisent 95,5\u00a0% au lieu de 100\u00a0% ;"
        + " ajustez-les pour que tout le coût du poste soit réparti entre les cofinanceurs", f.message(Locale.FRENCH));
    assertEquals("the co-funding shares of the coordination post add up to 95.5% instead of 100%; adjust them so"
        + " that the whole cost of the post is shared among the co-funders", f.message(Locale.ENGLISH));
  }

  /** The text of CLS-FIN-001 that names what is negative. */
  private static MessageKey objet(String propriete) {
    return new MessageKey("CLS-FIN-001.objet." + propriete);
  }

  private static ContratLocalDeSante operationBudget(String valeur) {
    Operation op = RuleHarness.base().axes().get(0).fiches().get(0).operations().get(0);
    return fiche(f -> f.operations(List.of(Operation.builder().from(op).budget(montant(valeur)).build())));
  }

  private static ContratLocalDeSante operationBudgetMontant(Montant budget) {
    Operation op = RuleHarness.base().axes().get(0).fiches().get(0).operations().get(0);
    return fiche(f -> f.operations(List.of(Operation.builder().from(op).budget(budget).build())));
  }

  private static ContratLocalDeSante operationFinancement(Financement financement) {
    Operation op = RuleHarness.base().axes().get(0).fiches().get(0).operations().get(0);
    return fiche(f -> f.operations(List.of(Operation.builder().from(op).addFinancements(financement).build())));
  }

  private static Montant entre(String minimum, String maximum) {
    return Montant.entre(new BigDecimal(minimum), new BigDecimal(maximum));
  }

  private static ContratLocalDeSante etp(String valeur) {
    return RuleHarness.base(b -> b.coordination(Coordination.builder()
        .from(RuleHarness.base().coordination().orElseThrow()).etp(new BigDecimal(valeur)).build()));
  }

  /** FA 1.1 (budget 3 000 €, 1 500 € acquired) with one more funding. */
  private static ContratLocalDeSante avecFinancement(String valeur, BaseTaxe taxe, UniteMontant unite) {
    return fiche(f -> f.addFinancements(Financement.builder().statut(StatutFinancement.PREVISIONNEL)
        .montant(Montant.builder().valeur(new BigDecimal(valeur)).taxe(Optional.ofNullable(taxe))
            .unite(Optional.ofNullable(unite)).build()).build()));
  }

  /** FA 1.1 with a budget of 2 000 € HT and 1 500 € acquired without base, plus 2 500 € of this base. */
  private static ContratLocalDeSante budgetHt(BaseTaxe taxe) {
    return fiche(f -> f.budgetPrevisionnel(Montant.builder().valeur(new BigDecimal("2000")).taxe(BaseTaxe.HT).build())
        .addFinancements(Financement.builder().statut(StatutFinancement.PREVISIONNEL)
            .montant(Montant.builder().valeur(new BigDecimal("2500")).taxe(Optional.ofNullable(taxe)).build())
            .build()));
  }

  private static Arguments cas(String label, Rule rule, ContratLocalDeSante contrat, Attendu... attendus) {
    return Arguments.of(label, rule, contrat, List.of(attendus));
  }
}
