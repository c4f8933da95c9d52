package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.Shorthand;
import io.clsante.model.format.Since;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strategic objective of an axis, as plans write it: an optional local id (by which fiches say
 * they belong to it), an optional number as the plan writes it ("1.2", "OS 2") and a title.
 * Immutable and thread-safe.
 *
 * <p>Format 1.0 wrote a strategic objective as its title alone; that string still reads, as an
 * objective with that title and nothing else.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjectifStrategique.class)
@JsonDeserialize(as = ImmutableObjectifStrategique.class)
@JsonPropertyOrder({"id", "numero", "intitule"})
@Shorthand("intitule")
@Since("1.1")
@Description("Un objectif stratégique d'un axe : identifiant local (auquel les fiches se rattachent), numéro tel "
    + "que le plan l'écrit et intitulé. Une chaîne seule, la forme de la version 1.0, est l'intitulé.")
public interface ObjectifStrategique {

  /**
   * Returns the local id of the objective, by which fiches of its axis refer to it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("id")
  @Description("Identifiant local de l'objectif, auquel les fiches de l'axe se rattachent.")
  Optional<@IdentifiantLocal String> id();

  /**
   * Returns the number of the objective as the plan writes it, for example {@code "1.2"}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("numero")
  @Description("Numéro de l'objectif tel que le plan l'écrit, par exemple « 1.2 » ou « OS 2 ».")
  Optional<@Size(max = 20) String> numero();

  /**
   * Returns the title of the objective.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @Description("Intitulé de l'objectif stratégique.")
  @NotNull
  @Size(max = 20000) String intitule();

  /**
   * Creates an objective from its title alone, as format 1.0 wrote it.
   *
   * @param intitule the title
   * @return the objective, without id or number
   */
  static ObjectifStrategique of(String intitule) {
    return builder().intitule(intitule).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ObjectifStrategique} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableObjectifStrategique.Builder {
    Builder() {}
  }
}
