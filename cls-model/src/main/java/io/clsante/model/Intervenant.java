package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.Shorthand;
import io.clsante.model.format.Since;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Who takes part in an action, in the contract's own words: a declared actor ({@code acteur}), a
 * category the contract names without listing its members ({@code libelle}, for example
 * {@code CCAS, CH, CSAPA…}), or the contract itself or its coordination ({@code cls}) — exactly one
 * of the three, a rule of the validator — with an optional role and service within the organisation.
 *
 * <p>Format 1.0 wrote a lead actor or a partner as the local id of an actor; that string still
 * reads, as an intervenant with that {@code acteur} and nothing else. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntervenant.class)
@JsonDeserialize(as = ImmutableIntervenant.class)
@JsonPropertyOrder({"acteur", "libelle", "cls", "role", "service"})
@Shorthand("acteur")
@Since("1.1")
@Description("Un intervenant, dans les mots du contrat : un acteur déclaré (« acteur »), une catégorie que "
    + "le contrat nomme sans en lister les membres (« libelle », par exemple « CCAS, CH, CSAPA… »), ou le "
    + "contrat lui-même ou sa coordination (« cls ») — exactement l'un des trois —, avec un rôle et un "
    + "service facultatifs.")
public interface Intervenant {

  /**
   * Returns the local id of the actor.
   *
   * @return the value, or empty when the intervenant is a category or the contract
   */
  @JsonProperty("acteur")
  @Description("Identifiant local de l'acteur.")
  Optional<@IdentifiantLocal String> acteur();

  /**
   * Returns the intervenant as the contract words it when it names a category rather than an
   * organisation, for example {@code les collectivités locales}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("L'intervenant tel que le nomme le contrat quand c'est une catégorie plutôt qu'une "
      + "organisation, par exemple « les collectivités locales ».")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns the contract itself or its coordination, when it is the intervenant.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("cls")
  @Description("Le contrat lui-même ou sa coordination, quand c'est lui l'intervenant.")
  Optional<EntiteCls> cls();

  /**
   * Returns the role the contract gives the intervenant.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("role")
  @Description("Rôle que lui donne le contrat.")
  Optional<RoleIntervenant> role();

  /**
   * Returns the service within the organisation, for example {@code service numérique en santé}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("service")
  @Description("Service au sein de l'organisation, par exemple « service numérique en santé ».")
  Optional<@Size(max = 500) String> service();

  /**
   * Creates an intervenant that is a declared actor, with no role nor service.
   *
   * @param acteur the local id of the actor, for example {@code cc-astarac}
   * @return the intervenant
   */
  static Intervenant of(String acteur) {
    return builder().acteur(acteur).build();
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
   * Builds {@link Intervenant} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableIntervenant.Builder {
    Builder() {}
  }
}
