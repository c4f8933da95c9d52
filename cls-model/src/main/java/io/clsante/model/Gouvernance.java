package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The governance of a contract: its bodies (comité de pilotage, comité technique,
 * working groups…). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGouvernance.class)
@JsonDeserialize(as = ImmutableGouvernance.class)
@JsonPropertyOrder({"description", "instances"})
@Description("La gouvernance du contrat : ses instances (comité de pilotage, comité technique, groupes de "
    + "travail…).")
public interface Gouvernance {

  /**
   * Returns a free description of how the contract is governed.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  @Description("Description libre de la gouvernance.")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns the governance bodies.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("instances")
  @Description("Instances de gouvernance.")
  List<@Valid Instance> instances();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Gouvernance} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableGouvernance.Builder {
    Builder() {}
  }
}
