package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The coordination post that runs the contract: its employer, its title, its
 * full-time equivalent, the co-funding shares of the post (which should sum to 100 %), its missions and
 * a contact. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoordination.class)
@JsonDeserialize(as = ImmutableCoordination.class)
@JsonPropertyOrder({"employeur", "intitulePoste", "etp", "cofinancements", "missions", "contact"})
@Description("Le poste de coordination qui anime le contrat : employeur, intitulé, équivalent temps plein, "
    + "parts de cofinancement du poste (dont la somme devrait faire 100 %), missions et contact.")
public interface Coordination {

  /**
   * Returns the local id of the employing actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("employeur")
  @Description("Identifiant local de l'acteur employeur.")
  Optional<@IdentifiantLocal String> employeur();

  /**
   * Returns the title of the post, for example {@code coordonnatrice du CLS}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("intitulePoste")
  @Description("Intitulé du poste, par exemple « coordonnatrice du CLS ».")
  Optional<@Size(max = 500) String> intitulePoste();

  /**
   * Returns the full-time equivalent of the post.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("etp")
  @Description("Équivalent temps plein du poste.")
  Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal> etp();

  /**
   * Returns the shares of the funding of the post.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("cofinancements")
  @Description("Parts du financement du poste.")
  List<@Valid PartCofinancement> cofinancements();

  /**
   * Returns the missions of the post.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("missions")
  @Description("Missions du poste.")
  List<@Size(max = 20000) String> missions();

  /**
   * Returns how to reach the coordination; may hold personal data.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("contact")
  @Description("Moyen de joindre la coordination ; peut contenir des données personnelles.")
  Optional<@Valid Contact> contact();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Coordination} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableCoordination.Builder {
    Builder() {}
  }
}
