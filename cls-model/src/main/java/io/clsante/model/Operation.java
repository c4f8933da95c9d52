package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An operation: a sub-action of a fiche action with its own lead, calendar and
 * budget. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOperation.class)
@JsonDeserialize(as = ImmutableOperation.class)
@JsonPropertyOrder({"id", "intitule", "description", "pilote", "calendrier", "budget", "statut"})
@Description("Une opération : une sous-action d'une fiche action, avec son pilote, son calendrier et son "
    + "budget.")
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
   * Returns the local id of the leading actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("pilote")
  @Description("Identifiant local de l'acteur pilote.")
  Optional<@IdentifiantLocal String> pilote();

  /**
   * Returns when the operation runs.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("calendrier")
  @Description("Période de réalisation de l'opération.")
  Optional<@Valid Periode> calendrier();

  /**
   * Returns the budget of the operation.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("budget")
  @Description("Budget de l'opération.")
  Optional<@Valid Montant> budget();

  /**
   * Returns the progress status.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("statut")
  @Description("État d'avancement.")
  Optional<StatutFiche> statut();

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
