package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Contrat Local de Santé, the root of one JSON document.
 *
 * <p>It names the contract, its nature and status, its dated events and period, the territory it
 * covers, every organisation involved ({@linkplain #acteurs() acteurs}, referred to elsewhere by their
 * local id), the signatories, the governance and coordination, and the plan: strategic
 * {@linkplain #axes() axes} holding the fiches actions. Amendments, evaluations and vendor
 * {@linkplain #extensions() extensions} complete it.
 *
 * <p>Example: {@code ContratLocalDeSante.builder().identifiant("cls-astarac-2025").intitule("Contrat
 * local de santé de l'Astarac").nature(NatureContrat.CLS).statut(StatutContrat.SIGNE)
 * .territoire(Territoire.builder().build()).build()}.
 *
 * <p>Immutable and thread-safe; to change a contract, copy it into a builder:
 * {@code ContratLocalDeSante.builder().from(contrat).intitule("…").build()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContratLocalDeSante.class)
@JsonDeserialize(as = ImmutableContratLocalDeSante.class)
@JsonPropertyOrder({
    "formatVersion", "identifiant", "intitule", "description", "nature", "generation",
    "predecesseur", "statut", "evenements", "periode", "territoire", "acteurs", "signataires",
    "gouvernance", "coordination", "axes", "avenants", "evaluations", "extensions"
})
public interface ContratLocalDeSante {

  /**
   * Returns the version of the JSON format the document follows; {@link #builder()} sets the current one.
   *
   * @return the value, never null
   */
  @JsonProperty("formatVersion")
  @NotNull
  VersionFormat formatVersion();

  /**
   * Returns the stable identifier of the contract, a slug such as {@code cls-astarac-2025}.
   *
   * @return the value, never null
   */
  @JsonProperty("identifiant")
  @NotNull
  @IdentifiantLocal String identifiant();

  /**
   * Returns the title of the contract.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @NotNull
  @NotBlank @Size(max = 500) String intitule();

  /**
   * Returns a free description.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns whether this is a contrat de préfiguration or the CLS itself.
   *
   * @return the value, never null
   */
  @JsonProperty("nature")
  @NotNull
  NatureContrat nature();

  /**
   * Returns the generation of the contract on its territory: 1 for a first CLS, 2 for its successor….
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("generation")
  Optional<@Positive Integer> generation();

  /**
   * Returns the identifiant of the contract this one succeeds.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("predecesseur")
  Optional<@IdentifiantLocal String> predecesseur();

  /**
   * Returns the lifecycle status.
   *
   * @return the value, never null
   */
  @JsonProperty("statut")
  @NotNull
  StatutContrat statut();

  /**
   * Returns the dated lifecycle events (préfiguration, diagnostic, signature…), in chronological order.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("evenements")
  List<@Valid Evenement> evenements();

  /**
   * Returns the period of application of the contract.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("periode")
  Optional<@Valid Periode> periode();

  /**
   * Returns the territory covered by the contract.
   *
   * @return the value, never null
   */
  @JsonProperty("territoire")
  @NotNull
  @Valid
  Territoire territoire();

  /**
   * Returns every organisation mentioned by the contract, once each.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("acteurs")
  List<@Valid Acteur> acteurs();

  /**
   * Returns the parties that sign the contract.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("signataires")
  List<@Valid Signataire> signataires();

  /**
   * Returns the governance bodies.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("gouvernance")
  Optional<@Valid Gouvernance> gouvernance();

  /**
   * Returns the coordination post that runs the contract.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("coordination")
  Optional<@Valid Coordination> coordination();

  /**
   * Returns the strategic axes, each holding its fiches actions.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("axes")
  List<@Valid Axe> axes();

  /**
   * Returns the amendments.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("avenants")
  List<@Valid Avenant> avenants();

  /**
   * Returns the annual, intermediate or final evaluations.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("evaluations")
  List<@Valid Evaluation> evaluations();

  /**
   * Returns vendor data, preserved exactly on every round trip.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
  Optional<Extensions> extensions();

  /**
   * Returns a copy fit for open-data publication: every property marked {@link DonneePersonnelle}
   * (names, e-mails and phones of contacts) is removed; everything else is kept.
   *
   * @return the redacted copy; this contract itself when it holds no personal data
   */
  default ContratLocalDeSante redacted() {
    boolean personal = coordination().flatMap(Coordination::contact).map(Contact::holdsPersonalData)
        .orElse(false)
        || acteurs().stream().anyMatch(a -> a.contact().map(Contact::holdsPersonalData).orElse(false));
    if (!personal) {
      return this;
    }
    List<Acteur> redactedActeurs = new ArrayList<>();
    for (Acteur a : acteurs()) {
      redactedActeurs.add(a.contact().isEmpty() ? a
          : Acteur.builder().from(a).contact(a.contact().get().redacted()).build());
    }
    Builder b = builder();
    b.from(this);
    b.acteurs(redactedActeurs);
    coordination().ifPresent(c -> b.coordination(c.contact().isEmpty() ? c
        : Coordination.builder().from(c).contact(c.contact().get().redacted()).build()));
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set but {@code formatVersion}, set to {@link VersionFormat#CURRENT}
   */
  static Builder builder() {
    Builder b = new Builder();
    b.formatVersion(VersionFormat.CURRENT);
    return b;
  }

  /**
   * Builds {@link ContratLocalDeSante} instances; obtained from {@link #builder()}. Not thread-safe.
   */
  final class Builder extends ImmutableContratLocalDeSante.Builder {
    Builder() {}
  }
}
