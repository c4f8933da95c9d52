package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A fiche action: one action of the plan, with its code (for example
 * {@code FA 1.2}), objectives tree, operations, lead actors, partners, target publics, geographic
 * sector, calendar, funding, budget, indicators and progress status.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFicheAction.class)
@JsonDeserialize(as = ImmutableFicheAction.class)
@JsonPropertyOrder({
    "id", "code", "intitule", "description", "thematiques",
    "objectifStrategique",
    "objectifGeneral",
    "objectifsSpecifiques",
    "objectifsOperationnels",
    "operations", "porteurs", "partenaires", "publicsCibles", "secteur",
    "calendrier", "financements", "budgetPrevisionnel", "indicateurs", "statut", "priorite",
    "resultatsAttendus", "objectifsPrs", "extensions"
})
@Description("Une fiche action : une action du plan, avec son code (par exemple « FA 1.2 »), son arbre "
    + "d'objectifs, ses opérations, ses porteurs, ses partenaires, ses publics cibles, son secteur, son "
    + "calendrier, ses financements, son budget, ses indicateurs et son état d'avancement.")
public interface FicheAction {

  /**
   * Returns the local id of the fiche.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @Description("Identifiant local de la fiche.")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the code of the fiche, unique in the contract, for example {@code FA 1.2}.
   *
   * @return the value, never null
   */
  @JsonProperty("code")
  @Description("Code de la fiche, unique dans le contrat, par exemple « FA 1.2 ».")
  @NotNull
  @NotBlank @Size(max = 40) String code();

  /**
   * Returns the title of the fiche.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @Description("Intitulé de la fiche.")
  @NotNull
  @NotBlank @Size(max = 500) String intitule();

  /**
   * Returns a free description.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  @Description("Description libre de la fiche.")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns the themes of the fiche.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("thematiques")
  @Description("Thématiques de la fiche.")
  List<Thematique> thematiques();

  /**
   * Returns the general objective.
   *
   * @return the value, or empty when not given
   */
  /**
   * Returns the local id of the strategic objective of the fiche's axis that the fiche belongs to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("objectifStrategique")
  @Since("1.1")
  @Description("Identifiant local de l'objectif stratégique de l'axe auquel la fiche se rattache.")
  Optional<@IdentifiantLocal String> objectifStrategique();

  /**
   * Returns the general objective.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("objectifGeneral")
  @Description("Objectif général.")
  Optional<@Size(max = 20000) String> objectifGeneral();

  /**
   * Returns the specific objectives, each with its operational objectives.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsSpecifiques")
  @Description("Objectifs spécifiques, chacun avec ses objectifs opérationnels.")
  List<@Valid ObjectifSpecifique> objectifsSpecifiques();

  /**
   * Returns the operations (sub-actions) of the fiche.
   *
   * @return an immutable list, empty when none
   */
  /**
   * Returns the operational objectives written directly under the general objective, without a
   * specific objective between them.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsOperationnels")
  @Since("1.1")
  @Description("Objectifs opérationnels rattachés directement à l'objectif général, sans objectif spécifique "
      + "intermédiaire.")
  List<@Size(max = 20000) String> objectifsOperationnels();

  /**
   * Returns the operations.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("operations")
  @Description("Opérations (sous-actions) de la fiche.")
  List<@Valid Operation> operations();

  /**
   * Returns who leads the fiche: declared actors, categories named by the contract, or the contract
   * itself or its coordination. Format 1.0 writes each as the local id of an actor.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("porteurs")
  @Description("Qui porte la fiche : acteurs déclarés, catégories nommées par le contrat, ou le contrat "
      + "lui-même ou sa coordination. La version 1.0 écrit chacun comme l'identifiant local d'un acteur.")
  List<@Valid Intervenant> porteurs();

  /**
   * Returns the partners of the fiche, in the same words as its lead actors.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("partenaires")
  @Description("Partenaires de la fiche, dits comme ses porteurs.")
  List<@Valid Intervenant> partenaires();

  /**
   * Returns the target publics.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("publicsCibles")
  @Description("Publics cibles.")
  List<@Valid PublicCible> publicsCibles();

  /**
   * Returns the geographic sector, the whole territory or a part of it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("secteur")
  @Description("Secteur géographique : tout le territoire ou une partie.")
  Optional<@Valid SecteurGeographique> secteur();

  /**
   * Returns when the action runs.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("calendrier")
  @Description("Période de réalisation de l'action.")
  Optional<@Valid Periode> calendrier();

  /**
   * Returns the fundings.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("financements")
  @Description("Financements de l'action.")
  List<@Valid Financement> financements();

  /**
   * Returns the planned budget.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("budgetPrevisionnel")
  @Description("Budget prévisionnel.")
  Optional<@Valid Montant> budgetPrevisionnel();

  /**
   * Returns the evaluation indicators.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("indicateurs")
  @Description("Indicateurs d'évaluation.")
  List<@Valid Indicateur> indicateurs();

  /**
   * Returns the progress status.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("statut")
  @Description("État d'avancement.")
  Optional<StatutFiche> statut();

  /**
   * Returns the priority.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("priorite")
  @Description("Priorité.")
  Optional<Priorite> priorite();

  /**
   * Returns the expected results.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("resultatsAttendus")
  @Description("Résultats attendus.")
  List<@Size(max = 20000) String> resultatsAttendus();

  /**
   * Returns the objectives of the Projet régional de santé the fiche serves.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsPrs")
  @Description("Objectifs du Projet régional de santé que sert la fiche.")
  List<@Size(max = 20000) String> objectifsPrs();

  /**
   * Returns vendor data, preserved exactly.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
  @Description("Données propres à un logiciel, conservées telles quelles à chaque lecture et écriture.")
  Optional<Extensions> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link FicheAction} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableFicheAction.Builder {
    Builder() {}
  }
}
