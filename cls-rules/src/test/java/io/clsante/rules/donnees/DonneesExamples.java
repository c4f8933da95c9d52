package io.clsante.rules.donnees;

import io.clsante.model.Acteur;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.rules.RuleExample;
import io.clsante.rules.RuleHarness;
import java.util.ArrayList;
import java.util.List;

/** A contract that makes each personal-data rule fire, for its tests and the rule reference page. */
public final class DonneesExamples {
  /** A name no real person is known by, for the examples. */
  static final String NOM = "Prénom Fictif";
  /** An address in a domain reserved for examples (RFC 2606). */
  static final String COURRIEL = "coordination@example.org";
  /** A made-up phone number. */
  static final String TELEPHONE = "01 99 00 12 34";

  private DonneesExamples() {}

  /**
   * Returns one example per rule of the family, at least.
   *
   * @return the examples, in rule id order
   */
  public static List<RuleExample> all() {
    return List.of(
        RuleExample.of("CLS-RGPD-001", "/acteurs/4/contact/nom",
            "le contact de la CPAM du Gers nomme une personne (« " + NOM + " »)",
            "the contact of the CPAM du Gers names a person (\"" + NOM + "\")",
            contactActeur(4, Contact.builder().fonction("Chargée de prévention").nom(NOM).build())));
  }

  /** Returns the base contract where one actor has this contact. */
  static ContratLocalDeSante contactActeur(int i, Contact contact) {
    List<Acteur> acteurs = new ArrayList<>(RuleHarness.base().acteurs());
    acteurs.set(i, Acteur.builder().from(acteurs.get(i)).contact(contact).build());
    return RuleHarness.base(b -> b.acteurs(acteurs));
  }

  /** Returns the base contract where the coordination has this contact. */
  static ContratLocalDeSante contactCoordination(Contact contact) {
    return RuleHarness.base(b -> b.coordination(
        Coordination.builder().from(RuleHarness.base().coordination().orElseThrow()).contact(contact).build()));
  }
}
