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
 * The instrument a funding comes through when it is not an organisation: a code and an optional
 * free label that names it, for example {@code AUTRE} with {@code fonds régional pour la santé des
 * jeunes}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDispositifFinancement.class)
@JsonDeserialize(as = ImmutableDispositifFinancement.class)
@JsonPropertyOrder({"type", "libelle"})
@Description("Le dispositif par lequel passe un financement quand ce n'est pas une organisation : un code et "
    + "un libellé libre facultatif qui le nomme, par exemple AUTRE avec « fonds régional pour la santé des "
    + "jeunes ».")
public interface DispositifFinancement {

  /**
   * Returns the kind of instrument.
   *
   * @return the value, never null
   */
  @JsonProperty("type")
  @Description("Sorte de dispositif.")
  @NotNull
  TypeDispositif type();

  /**
   * Returns the name of the instrument as the source gives it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Nom du dispositif tel que le donne la source.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Creates an instrument from its kind alone.
   *
   * @param type the kind of instrument, for example {@link TypeDispositif#FIR}
   * @return the instrument
   */
  static DispositifFinancement of(TypeDispositif type) {
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
   * Builds {@link DispositifFinancement} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableDispositifFinancement.Builder {
    Builder() {}
  }
}
