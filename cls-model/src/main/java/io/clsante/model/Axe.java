package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strategic axis (orientation stratégique) of the contract: its number, title,
 * themes, strategic objectives and the fiches actions it holds. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAxe.class)
@JsonDeserialize(as = ImmutableAxe.class)
@JsonPropertyOrder({
    "id", "numero", "intitule", "description", "thematiques", "objectifsStrategiques", "fiches"
})
@Description("Un axe stratégique (orientation stratégique) du contrat : numéro, intitulé, thématiques, "
    + "objectifs stratégiques et fiches actions.")
public interface Axe {

  /**
   * Returns the local id of the axis.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @Description("Identifiant local de l'axe.")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the number of the axis, from 1.
   *
   * @return the value, never null
   */
  @JsonProperty("numero")
  @Description("Numéro de l'axe, à partir de 1.")
  @NotNull
  @Positive int numero();

  /**
   * Returns the title of the axis.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @Description("Intitulé de l'axe.")
  @NotNull
  @NotBlank @Size(max = 500) String intitule();

  /**
   * Returns a free description.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  @Description("Description libre de l'axe.")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns the themes of the axis.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("thematiques")
  @Description("Thématiques de l'axe.")
  List<Thematique> thematiques();

  /**
   * Returns the strategic objectives.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("objectifsStrategiques")
  @Description("Objectifs stratégiques de l'axe.")
  List<@Valid ObjectifStrategique> objectifsStrategiques();

  /**
   * Returns the fiches actions of the axis.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("fiches")
  @Description("Fiches actions de l'axe.")
  List<@Valid FicheAction> fiches();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Axe} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableAxe.Builder {
    Builder() {}
  }
}
