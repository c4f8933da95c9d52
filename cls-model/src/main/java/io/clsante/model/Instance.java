package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A governance body: its kind, its members and chairs (actors), and how often it must
 * meet at least. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstance.class)
@JsonDeserialize(as = ImmutableInstance.class)
@JsonPropertyOrder({
    "id", "type", "libelle", "role", "composition", "compositionLibelle", "presidence",
    "frequenceMinimaleParAn", "frequence"
})
@Description("Une instance de gouvernance : sa nature, ses membres et sa présidence (des acteurs), et sa "
    + "fréquence minimale de réunion.")
public interface Instance {

  /**
   * Returns the local id of the body.
   *
   * @return the value, never null
   */
  @JsonProperty("id")
  @Description("Identifiant local de l'instance.")
  @NotNull
  @IdentifiantLocal String id();

  /**
   * Returns the kind of body.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Nature de l'instance.")
  @NotNull
  TypeInstance type();

  /**
   * Returns its name, for example {@code Comité de pilotage du CLS}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Nom de l'instance, par exemple « Comité de pilotage du CLS ».")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns what the body decides or does.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("role")
  @Description("Ce que l'instance décide ou fait.")
  Optional<@Size(max = 20000) String> role();

  /**
   * Returns the local ids of the member actors.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("composition")
  @Description("Identifiants locaux des acteurs membres.")
  List<@IdentifiantLocal String> composition();

  /**
   * Returns the composition as the source words it, for example {@code élus du Pays et ARS}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("compositionLibelle")
  @Description("Composition telle que la formule la source, par exemple « élus du Pays et ARS ».")
  Optional<@Size(max = 500) String> compositionLibelle();

  /**
   * Returns the local ids of the chairing actors.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("presidence")
  @Description("Identifiants locaux des acteurs qui président.")
  List<@IdentifiantLocal String> presidence();

  /**
   * Returns the minimal number of meetings per year.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("frequenceMinimaleParAn")
  @Description("Nombre minimal de réunions par an.")
  Optional<@Positive Integer> frequenceMinimaleParAn();

  /**
   * Returns how often the instance meets, as the contract says it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("frequence")
  @Since("1.1")
  @Description("Rythme des réunions tel que le contrat le dit, par exemple « selon les besoins ».")
  Optional<FrequenceReunion> frequence();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Instance} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableInstance.Builder {
    Builder() {}
  }
}
