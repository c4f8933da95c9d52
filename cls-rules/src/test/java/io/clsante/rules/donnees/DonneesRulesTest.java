package io.clsante.rules.donnees;

import static io.clsante.rules.donnees.DonneesExamples.COURRIEL;
import static io.clsante.rules.donnees.DonneesExamples.NOM;
import static io.clsante.rules.donnees.DonneesExamples.TELEPHONE;
import static io.clsante.rules.donnees.DonneesExamples.contactActeur;
import static io.clsante.rules.donnees.DonneesExamples.contactCoordination;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.Attendu;
import io.clsante.rules.Finding;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import io.clsante.rules.spi.MessageKey;
import io.clsante.rules.Severity;
import io.clsante.rules.spi.Rule;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DonneesRulesTest {
  private static final MessageKey ACTEUR = new MessageKey("CLS-RGPD-001.titulaire.acteur");
  private static final MessageKey COORDINATION = new MessageKey("CLS-RGPD-001.titulaire.coordination");
  private static final Rule RGPD = new DonneesPersonnellesSignalees();

  @Test
  void markedProperties_areExactlyTheNameEmailAndPhone() {
    assertEquals(List.of("nom", "courriel", "telephone"), DonneesPersonnellesSignalees.proprietes());
  }

  static Stream<Arguments> cases() {
    Contact complet = Contact.builder().fonction("Coordinatrice").nom(NOM).courriel(COURRIEL).telephone(TELEPHONE)
        .adresse("1 place de la Mairie, 32140 Masseube").build();
    return Stream.of(
        cas("every marked property, in the order of the format", contactActeur(1, complet),
            Attendu.at("/acteurs/1/contact/nom", ACTEUR, "nom", "Communauté de communes Val de Gers"),
            Attendu.at("/acteurs/1/contact/courriel", ACTEUR, "courriel", "Communauté de communes Val de Gers"),
            Attendu.at("/acteurs/1/contact/telephone", ACTEUR, "telephone", "Communauté de communes Val de Gers")),
        cas("the coordination's e-mail", contactCoordination(Contact.builder().courriel(COURRIEL).build()),
            Attendu.at("/coordination/contact/courriel", COORDINATION, "courriel")),
        cas("a function and an address are not personal",
            contactActeur(0, Contact.builder().fonction("Délégation départementale du Gers")
                .adresse("Auch").build())),
        cas("a blank name holds nothing", contactActeur(0, Contact.builder().nom(" ").build())),
        cas("a redacted copy is quiet", contactActeur(1, complet).redacted()),
        cas("actors and coordination alike", RuleHarness.base(b -> b
            .acteurs(contactActeur(0, Contact.builder().telephone(TELEPHONE).build()).acteurs())
            .coordination(contactCoordination(Contact.builder().nom(NOM).build()).coordination())),
            Attendu.at("/acteurs/0/contact/telephone", ACTEUR, "telephone", "Agence régionale de santé Occitanie"),
            Attendu.at("/coordination/contact/nom", COORDINATION, "nom")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_findsExactlyWhatIsExpected(String label, ContratLocalDeSante contrat, List<Attendu> attendus) {
    List<Finding> findings = RuleHarness.assertFindings(RGPD, contrat, RuleHarness.TODAY, attendus);
    findings.forEach(f -> assertEquals(Severity.INFO, f.severity()));
  }

  @Test
  void messages_sayWhereAndWhatToPublish_inBothLanguages() {
    Finding acteur = RuleHarness.check(RGPD, DonneesExamples.all().get(0).contrat()).get(0);
    assertEquals("le contact de l'acteur « CPAM du Gers » contient une donnée personnelle (« nom ») ; avant toute"
        + " publication, en open data notamment, publiez la copie expurgée que donne redacted()",
        acteur.message(Locale.FRENCH));
    assertEquals("the contact of the actor \"CPAM du Gers\" holds personal data (\"nom\"); before any publication,"
        + " as open data in particular, publish the redacted copy that redacted() returns",
        acteur.message(Locale.ENGLISH));
    Finding coordination = RuleHarness.check(RGPD, contactCoordination(Contact.builder().courriel(COURRIEL).build()))
        .get(0);
    assertEquals("le contact de la coordination contient une donnée personnelle (« courriel ») ; avant toute"
        + " publication, en open data notamment, publiez la copie expurgée que donne redacted()",
        coordination.message(Locale.FRENCH));
  }

  private static Arguments cas(String label, ContratLocalDeSante contrat, Attendu... attendus) {
    return Arguments.of(label, contrat, List.of(attendus));
  }
}
