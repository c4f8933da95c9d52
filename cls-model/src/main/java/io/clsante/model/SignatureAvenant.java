package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The signature of an amendment by one actor. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignatureAvenant.class)
@JsonDeserialize(as = ImmutableSignatureAvenant.class)
@JsonPropertyOrder({"acteur", "date"})
@Description("La signature d'un avenant par un acteur.")
public interface SignatureAvenant {

  /**
   * Returns the local id of the signing actor.
   *
   * @return the value, never null
   */
  @JsonProperty("acteur")
  @Description("Identifiant local de l'acteur signataire.")
  @NotNull
  @IdentifiantLocal String acteur();

  /**
   * Returns the date of signature.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("date")
  @Description("Date de signature.")
  Optional<LocalDate> date();

  /**
   * Creates a signature.
   *
   * @param acteur the local id of the signing actor
   * @param date the date of signature
   * @return the signature
   */
  static SignatureAvenant of(String acteur, LocalDate date) {
    return builder().acteur(acteur).date(date).build();
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
   * Builds {@link SignatureAvenant} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableSignatureAvenant.Builder {
    Builder() {}
  }
}
