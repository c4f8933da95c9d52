package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A target public: a code and an optional free label that refines it, for example
 * {@code JEUNES} with {@code lycéens du territoire}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicCible.class)
@JsonDeserialize(as = ImmutablePublicCible.class)
@JsonPropertyOrder({"type", "libelle"})
@Description("Un public cible : un code et un libellé libre facultatif qui le précise, par exemple JEUNES "
    + "avec « lycéens du territoire ».")
public interface PublicCible {

  /**
   * Returns the kind of public.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Catégorie de public.")
  @NotNull
  TypePublic type();

  /**
   * Returns a free label refining the kind.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Libellé libre qui précise la catégorie.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Creates a target public from its kind alone.
   *
   * @param type the kind of public
   * @return the target public
   */
  static PublicCible of(TypePublic type) {
    return builder().type(type).build();
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
   * Builds {@link PublicCible} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutablePublicCible.Builder {
    Builder() {}
  }
}
