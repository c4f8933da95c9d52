package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A specific objective of a fiche action, with the operational objectives
 * that serve it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjectifSpecifique.class)
@JsonDeserialize(as = ImmutableObjectifSpecifique.class)
@JsonPropertyOrder({"libelle", "objectifsOperationnels"})
@Description("Un objectif spécifique d'une fiche action, avec les objectifs opérationnels qui le servent.")
public interface ObjectifSpecifique {

  /**
   * Returns the wording of the objective.
   *
   * @return the value, never null
   */
  @JsonProperty("libelle")
  @Description("Libellé de l'objectif spécifique.")
  @NotNull
  @NotBlank @Size(max = 20000) String libelle();

  /**
   * Returns the operational objectives.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsOperationnels")
  @Description("Objectifs opérationnels.")
  List<@Size(max = 20000) String> objectifsOperationnels();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ObjectifSpecifique} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableObjectifSpecifique.Builder {
    Builder() {}
  }
}
