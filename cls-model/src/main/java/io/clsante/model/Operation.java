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
 * An operation: a sub-action of a fiche action, with its own lead actors, partners, target publics,
 * geographic sector, calendar, fundings, budget, indicators, status and expected results. The rules
 * that apply to a fiche apply to its operations where they make sense (references, calendar,
 * amounts, sector). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOperation.class)
@JsonDeserialize(as = ImmutableOperation.class)
@JsonPropertyOrder({
    "id", "intitule", "description", "pilote", "porteurs", "partenaires", "publicsCibles", "secteur",
    "calendrier", "financements", "budget", "indicateurs", "statut", "resultatsAttendus", "extensions"
})
@Description("Une opération : une sous-action d'une fiche action, avec ses porteurs, ses partenaires, ses "
    + "publics, son secteur, son calendrier, ses financements, son budget, ses indicateurs et ses résultats "
    + "attendus.")
public interface Operation {

  /**
   * Returns the local id of the operation.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @Description("Identifiant local de l'opération.")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the title of the operation.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @Description("Intitulé de l'opération.")
  @NotNull
  @NotBlank @Size(max = 500) String intitule();

  /**
   * Returns a free description.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  @Description("Description libre de l'opération.")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns the local id of the leading actor: the way of format 1.0, which knows one lead actor of
   * an operation only. From 1.1, {@link #porteurs()} says more (several, categories, roles).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("pilote")
  @Description("Identifiant local de l'acteur pilote : la manière de la version 1.0, qui ne connaît qu'un "
      + "pilote par opération ; depuis 1.1, « porteurs » en dit plus.")
  Optional<@IdentifiantLocal String> pilote();

  /**
   * Returns who leads the operation, in the contract's words.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("porteurs")
  @Description("Qui porte l'opération, dans les mots du contrat.")
  @Since("1.1")
  List<@Valid Intervenant> porteurs();

  /**
   * Returns the partners of the operation.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("partenaires")
  @Description("Partenaires de l'opération.")
  @Since("1.1")
  List<@Valid Intervenant> partenaires();

  /**
   * Returns the target publics of the operation.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("publicsCibles")
  @Description("Publics cibles de l'opération.")
  @Since("1.1")
  List<@Valid PublicCible> publicsCibles();

  /**
   * Returns the geographic sector of the operation.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("secteur")
  @Description("Secteur géographique de l'opération.")
  @Since("1.1")
  Optional<@Valid SecteurGeographique> secteur();

  /**
   * Returns when the operation runs.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("calendrier")
  @Description("Période de réalisation de l'opération.")
  Optional<@Valid Periode> calendrier();

  /**
   * Returns the fundings of the operation.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("financements")
  @Description("Financements de l'opération.")
  @Since("1.1")
  List<@Valid Financement> financements();

  /**
   * Returns the budget of the operation.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("budget")
  @Description("Budget de l'opération.")
  Optional<@Valid Montant> budget();

  /**
   * Returns the indicators of the operation.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("indicateurs")
  @Description("Indicateurs de l'opération.")
  @Since("1.1")
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
   * Returns the expected results of the operation.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("resultatsAttendus")
  @Description("Résultats attendus de l'opération.")
  @Since("1.1")
  List<@Size(max = 20000) String> resultatsAttendus();

  /**
   * Returns vendor data, preserved exactly.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
  @Description("Données propres à un logiciel, conservées telles quelles à chaque lecture et écriture.")
  @Since("1.1")
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
   * Builds {@link Operation} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableOperation.Builder {
    Builder() {}
  }
}
