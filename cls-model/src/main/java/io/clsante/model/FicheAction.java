package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
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
    "id", "code", "intitule", "description", "thematiques", "objectifGeneral",
    "objectifsSpecifiques", "operations", "porteurs", "partenaires", "publicsCibles", "secteur",
    "calendrier", "financements", "budgetPrevisionnel", "indicateurs", "statut", "priorite",
    "resultatsAttendus", "objectifsPrs", "extensions"
})
public interface FicheAction {

  /**
   * Returns the local id of the fiche.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the code of the fiche, unique in the contract, for example {@code FA 1.2}.
   *
   * @return the value, never null
   */
  @JsonProperty("code")
  @NotNull
  @NotBlank @Size(max = 40) String code();

  /**
   * Returns the title of the fiche.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @NotNull
  @NotBlank @Size(max = 500) String intitule();

  /**
   * Returns a free description.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns the themes of the fiche.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("thematiques")
  List<Thematique> thematiques();

  /**
   * Returns the general objective.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("objectifGeneral")
  Optional<@Size(max = 20000) String> objectifGeneral();

  /**
   * Returns the specific objectives, each with its operational objectives.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsSpecifiques")
  List<@Valid ObjectifSpecifique> objectifsSpecifiques();

  /**
   * Returns the operations (sub-actions) of the fiche.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("operations")
  List<@Valid Operation> operations();

  /**
   * Returns the local ids of the lead actors.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("porteurs")
  List<@IdentifiantLocal String> porteurs();

  /**
   * Returns the local ids of the partner actors.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("partenaires")
  List<@IdentifiantLocal String> partenaires();

  /**
   * Returns the target publics.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("publicsCibles")
  List<@Valid PublicCible> publicsCibles();

  /**
   * Returns the geographic sector, the whole territory or a part of it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("secteur")
  Optional<@Valid SecteurGeographique> secteur();

  /**
   * Returns when the action runs.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("calendrier")
  Optional<@Valid Periode> calendrier();

  /**
   * Returns the fundings.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("financements")
  List<@Valid Financement> financements();

  /**
   * Returns the planned budget.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("budgetPrevisionnel")
  Optional<@Valid Montant> budgetPrevisionnel();

  /**
   * Returns the evaluation indicators.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("indicateurs")
  List<@Valid Indicateur> indicateurs();

  /**
   * Returns the progress status.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("statut")
  Optional<StatutFiche> statut();

  /**
   * Returns the priority.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("priorite")
  Optional<Priorite> priorite();

  /**
   * Returns the expected results.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("resultatsAttendus")
  List<@Size(max = 20000) String> resultatsAttendus();

  /**
   * Returns the objectives of the Projet régional de santé the fiche serves.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsPrs")
  List<@Size(max = 20000) String> objectifsPrs();

  /**
   * Returns vendor data, preserved exactly.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
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
