package io.clsante.testkit.oracles;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.FicheAction;
import io.clsante.model.Intervenant;
import io.clsante.model.ObjectifStrategique;
import io.clsante.model.Population;
import io.clsante.model.RoleIntervenant;
import io.clsante.model.Territoire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Changes of a contract built in code that break, or just meet, each kind of constraint of the
 * model, each with the pointer of the structural problem it causes (null when it causes none).
 */
final class ModelMutations {
  /** A change to a contract, and the pointer of the problem it causes, or null. */
  record ModelMutation(String nom, Function<ContratLocalDeSante, ContratLocalDeSante> change, String pointer) {
    @Override
    public String toString() {
      return nom;
    }
  }

  private static final String X500 = "x".repeat(500);
  private static final String X20000 = "x".repeat(20000);

  static final List<ModelMutation> ALL = List.of(
      new ModelMutation("intitule blank", c -> contrat(c).intitule(" \t ").build(), "/intitule"),
      new ModelMutation("intitule 501 chars", c -> contrat(c).intitule(X500 + "x").build(), "/intitule"),
      new ModelMutation("intitule 500 chars", c -> contrat(c).intitule(X500).build(), null),
      new ModelMutation("identifiant not a local id", c -> contrat(c).identifiant("cls 2026").build(), "/identifiant"),
      new ModelMutation("identifiant 65 chars", c -> contrat(c).identifiant("c".repeat(65)).build(), "/identifiant"),
      new ModelMutation("identifiant 64 chars", c -> contrat(c).identifiant("c".repeat(64)).build(), null),
      new ModelMutation("description 20001 chars", c -> contrat(c).description(X20000 + "x").build(), "/description"),
      new ModelMutation("description 20000 chars", c -> contrat(c).description(X20000).build(), null),
      new ModelMutation("generation 0", c -> contrat(c).generation(0).build(), "/generation"),
      new ModelMutation("predecesseur not a local id", c -> contrat(c).predecesseur("_x").build(), "/predecesseur"),
      new ModelMutation("first actor's name blank", c -> acteur(c, a -> a.nom("")), "/acteurs/0/nom"),
      new ModelMutation("first actor's sigle 501 chars", c -> acteur(c, a -> a.sigle(X500 + "x")), "/acteurs/0/sigle"),
      new ModelMutation("millesimeCog 2101", c -> territoire(c, t -> t.millesimeCog(2101)), "/territoire/millesimeCog"),
      new ModelMutation("population -1", c -> territoire(c, t -> t.population(Population.builder().valeur(-1)
          .annee(2021).build())), "/territoire/population/valeur"),
      new ModelMutation("population 0 in 1800", c -> territoire(c, t -> t.population(Population.builder().valeur(0)
          .annee(1800).build())), null),
      new ModelMutation("first axis numbered 0", c -> axe(c, a -> a.numero(0)), "/axes/0/numero"),
      new ModelMutation("first axis with a 20001-char objective", c -> axe(c, a -> a.addObjectifsStrategiques(
          ObjectifStrategique.builder().numero("1").intitule(X20000 + "x").build())),
          "/axes/0/objectifsStrategiques/0/intitule"),
      // An object (a role beside the actor), where Bean Validation and the pass both name the actor's id.
      new ModelMutation("first fiche with a bad porteur id", c -> fiche(c, f -> f.porteurs(List.of(
          Intervenant.builder().acteur("pas un id").role(RoleIntervenant.PORTEUR).build()))),
          "/axes/0/fiches/0/porteurs/0/acteur"),
      new ModelMutation("first fiche code 41 chars", c -> fiche(c, f -> f.code("c".repeat(41))),
          "/axes/0/fiches/0/code"),
      new ModelMutation("coordination etp 100.01", c -> contrat(c).coordination(Coordination.builder()
          .etp(new BigDecimal("100.01")).build()).build(), "/coordination/etp"),
      new ModelMutation("coordination etp 100.00", c -> contrat(c).coordination(Coordination.builder()
          .etp(new BigDecimal("100.00")).build()).build(), null),
      new ModelMutation("contact telephone 41 chars", c -> contrat(c).coordination(Coordination.builder()
          .contact(Contact.builder().telephone("0".repeat(41)).build()).build()).build(),
          "/coordination/contact/telephone"),
      new ModelMutation("contact e-mail address", c -> contrat(c).coordination(Coordination.builder()
          .contact(Contact.builder().courriel("coordination@example.org").build()).build()).build(), null),
      new ModelMutation("contact e-mail not an address", c -> contrat(c).coordination(Coordination.builder()
          .contact(Contact.builder().courriel("coordination.example.org").build()).build()).build(),
          "/coordination/contact/courriel"));

  private ModelMutations() {}

  private static ContratLocalDeSante.Builder contrat(ContratLocalDeSante c) {
    return ContratLocalDeSante.builder().from(c);
  }

  private static ContratLocalDeSante territoire(ContratLocalDeSante c, Function<Territoire.Builder, Territoire.Builder> f) {
    return contrat(c).territoire(f.apply(Territoire.builder().from(c.territoire())).build()).build();
  }

  private static ContratLocalDeSante acteur(ContratLocalDeSante c, Function<Acteur.Builder, Acteur.Builder> f) {
    List<Acteur> acteurs = new ArrayList<>(c.acteurs());
    acteurs.set(0, f.apply(Acteur.builder().from(acteurs.get(0))).build());
    return contrat(c).acteurs(acteurs).build();
  }

  private static ContratLocalDeSante axe(ContratLocalDeSante c, Function<Axe.Builder, Axe.Builder> f) {
    List<Axe> axes = new ArrayList<>(c.axes());
    axes.set(0, f.apply(Axe.builder().from(axes.get(0)).objectifsStrategiques(List.of())).build());
    return contrat(c).axes(axes).build();
  }

  private static ContratLocalDeSante fiche(ContratLocalDeSante c, Function<FicheAction.Builder, FicheAction.Builder> f) {
    Axe withFiche = c.axes().get(0).fiches().isEmpty()
        ? Axe.builder().from(c.axes().get(0)).addFiches(c.axes().stream().flatMap(a -> a.fiches().stream())
            .findFirst().orElseThrow()).build()
        : c.axes().get(0);
    List<FicheAction> fiches = new ArrayList<>(withFiche.fiches());
    fiches.set(0, f.apply(FicheAction.builder().from(fiches.get(0))).build());
    List<Axe> axes = new ArrayList<>(c.axes());
    axes.set(0, Axe.builder().from(withFiche).fiches(fiches).build());
    return contrat(c).axes(axes).build();
  }
}
