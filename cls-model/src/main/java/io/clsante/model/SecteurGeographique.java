package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.Siren;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The geographic sector of a fiche action or an operation: the whole territory, or some of its
 * communes or EPCI, or — said on purpose — places beyond it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecteurGeographique.class)
@JsonDeserialize(as = ImmutableSecteurGeographique.class)
@JsonPropertyOrder({"toutLeTerritoire", "communes", "epci", "libelle", "horsTerritoire"})
@Description("Le secteur géographique d'une fiche action ou d'une opération : tout le territoire, ou "
    + "certaines de ses communes ou EPCI, ou, si c'est dit, des lieux au-delà.")
public interface SecteurGeographique {

  /**
   * Returns whether the action covers the whole territory of the contract.
   *
   * @return the flag, false when not given
   */
  @JsonProperty("toutLeTerritoire")
  @Description("Vrai quand l'action couvre tout le territoire ; faux par défaut.")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean toutLeTerritoire() {
    return false;
  }

  /**
   * Returns the communes covered, when not the whole territory.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("communes")
  @Description("Codes INSEE des communes couvertes, quand ce n'est pas tout le territoire.")
  List<CodeCommune> communes();

  /**
   * Returns the EPCI covered, when not the whole territory.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("epci")
  @Description("SIREN des EPCI couverts, quand ce n'est pas tout le territoire.")
  List<Siren> epci();

  /**
   * Returns the sector as the source words it.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Secteur tel que le formule la source.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns whether the action deliberately reaches beyond the territory of the contract, for
   * example a regional recruitment fair: its communes and EPCI may then lie outside the territory.
   *
   * @return the flag, false when not given
   */
  @JsonProperty("horsTerritoire")
  @Description("Vrai quand l'action dépasse délibérément le territoire du contrat, par exemple un salon "
      + "régional de recrutement : ses communes et EPCI peuvent alors se trouver hors du territoire ; faux "
      + "par défaut.")
  @Since("1.1")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean horsTerritoire() {
    return false;
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
   * Builds {@link SecteurGeographique} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableSecteurGeographique.Builder {
    Builder() {}
  }
}
