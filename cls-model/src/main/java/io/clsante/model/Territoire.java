package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The territory a contract covers: communes (INSEE COG codes), EPCI (SIREN),
 * départements, région, an optional grouping (PETR, pays, syndicat mixte) declared as an actor, and
 * the population with its year.
 *
 * <p>Codes refer to the COG of {@link #millesimeCog()} when given. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerritoire.class)
@JsonDeserialize(as = ImmutableTerritoire.class)
@JsonPropertyOrder({
    "libelle", "communes", "epci", "departements", "region", "groupement", "population",
    "millesimeCog"
})
@Description("Le territoire couvert : communes (codes COG de l'INSEE), EPCI (SIREN), départements, région, "
    + "groupement éventuel (PETR, pays, syndicat mixte) déclaré comme acteur, et population.")
public interface Territoire {

  /**
   * Returns the usual name of the territory, for example {@code Astarac}.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Nom du territoire.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns the communes covered.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("communes")
  @Description("Communes couvertes.")
  List<@Valid CommuneTerritoire> communes();

  /**
   * Returns the intercommunalities (EPCI) covered.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("epci")
  @Description("Intercommunalités (EPCI) couvertes.")
  List<@Valid EpciTerritoire> epci();

  /**
   * Returns the départements the territory lies in.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("departements")
  @Description("Départements où se trouve le territoire.")
  List<CodeDepartement> departements();

  /**
   * Returns the région the territory lies in.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("region")
  @Description("Région où se trouve le territoire.")
  Optional<CodeRegion> region();

  /**
   * Returns the local id of the actor grouping the territory (PETR, pays, syndicat mixte).
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("groupement")
  @Description("Identifiant local de l'acteur qui regroupe le territoire (PETR, pays, syndicat mixte).")
  Optional<@IdentifiantLocal String> groupement();

  /**
   * Returns the population and the year it was counted.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("population")
  @Description("Population et année du recensement.")
  Optional<@Valid Population> population();

  /**
   * Returns the millésime of the Code officiel géographique the codes refer to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("millesimeCog")
  @Description("Millésime du Code officiel géographique auquel se réfèrent les codes.")
  Optional<@Min(1943) @Max(2100) Integer> millesimeCog();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Territoire} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableTerritoire.Builder {
    Builder() {}
  }
}
