package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.format.Description;
import io.clsante.model.format.Since;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A funding of a fiche action or an operation: the funder (a declared actor, a category, the
 * contract or its coordination), the other funders it may come from instead ("ARS et/ou
 * collectivité"), whether it comes from own funds, the instrument it goes through (FIR, FNPEIS…),
 * how certain it is and, when known, its amount. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinancement.class)
@JsonDeserialize(as = ImmutableFinancement.class)
@JsonPropertyOrder({
    "financeur", "financeursAlternatifs", "fondsPropres", "dispositif", "statut", "montant", "annee", "libelle"
})
@Description("Un financement d'une fiche action ou d'une opération : le financeur, les autres financeurs "
    + "dont il peut venir à sa place (« ARS et/ou collectivité »), s'il vient de fonds propres, le dispositif "
    + "par lequel il passe (FIR, FNPEIS…), son degré de certitude et, quand il est connu, son montant.")
public interface Financement {

  /**
   * Returns the funder: a declared actor, a category named by the contract, or the contract itself
   * or its coordination. Format 1.0 writes it as the local id of an actor.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("financeur")
  @Description("Le financeur : un acteur déclaré, une catégorie nommée par le contrat, ou le contrat "
      + "lui-même ou sa coordination. La version 1.0 l'écrit comme l'identifiant local d'un acteur.")
  Optional<@Valid Intervenant> financeur();

  /**
   * Returns the other funders the funding may come from, instead of or beside {@link #financeur()}:
   * "ARS et/ou collectivité" is the ARS as {@code financeur} and the local authorities here.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("financeursAlternatifs")
  @Description("Autres financeurs dont peut venir le financement, à la place du financeur ou avec lui : "
      + "« ARS et/ou collectivité » est l'ARS comme financeur et les collectivités ici.")
  @Since("1.1")
  List<@Valid Intervenant> financeursAlternatifs();

  /**
   * Returns whether the funding comes from the own funds of its funder, or of the lead actors when
   * no funder is given ("sur fonds propres").
   *
   * @return the flag, false when not given
   */
  @JsonProperty("fondsPropres")
  @Description("Vrai quand le financement vient des fonds propres du financeur, ou des porteurs quand aucun "
      + "financeur n'est donné (« sur fonds propres ») ; faux par défaut.")
  @Since("1.1")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean fondsPropres() {
    return false;
  }

  /**
   * Returns the instrument the funding goes through when it is not an organisation: FIR, FNPEIS, a
   * named regional fund.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("dispositif")
  @Description("Le dispositif par lequel passe le financement quand ce n'est pas une organisation : FIR, "
      + "FNPEIS, un fonds régional nommé.")
  @Since("1.1")
  Optional<@Valid DispositifFinancement> dispositif();

  /**
   * Returns acquis, prévisionnel, financeur identifié (without amount) or à définir.
   *
   * @return the value, never null
   */
  @JsonProperty("statut")
  @Description("Acquis, prévisionnel, financeur identifié (sans montant) ou à définir.")
  @NotNull
  StatutFinancement statut();

  /**
   * Returns the amount; absent when the status is à définir or financeur identifié.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("montant")
  @Description("Montant ; absent quand le statut est « à définir » ou « financeur identifié ».")
  Optional<@Valid Montant> montant();

  /**
   * Returns the year the funding applies to.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("annee")
  @Description("Année à laquelle s'applique le financement.")
  Optional<@Min(1990) @Max(2100) Integer> annee();

  /**
   * Returns what the funding pays for, or the programme it comes from.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("libelle")
  @Description("Ce que paie le financement, ou le programme dont il vient.")
  Optional<@Size(max = 500) String> libelle();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Financement} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableFinancement.Builder {
    Builder() {}
  }
}
