package io.clsante.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clsante.model.constraints.IdentifiantLocal;
import io.clsante.model.format.Description;
import io.clsante.model.format.JsonDocument;
import io.clsante.model.format.Since;
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
    "gouvernance", "coordination",
    "numerotationFiches",
    "axes", "avenants", "evaluations",
    "clauses",
    "extensions"
})
@JsonDocument(
    id = "https://schema.clsante.io/cls/1.1/contrat.schema.json",
    title = "Contrat local de santé — format JSON CLS 1.1",
    description = "Schéma du format JSON d'échange des contrats locaux de santé (CLS), version 1.1 : un "
        + "document par contrat. Un document de la version 1.0 reste lisible ; il n'utilise que ce que la "
        + "version 1.0 définit, que son propre schéma (cls/1.0) décrit. Le schéma vérifie la structure, les types, les listes de codes et la forme "
        + "des identifiants ; les clés de contrôle (SIREN, SIRET) et les règles métier sont vérifiées par la "
        + "bibliothèque Java CLS.",
    example = """
        {
          "formatVersion": "1.1",
          "identifiant": "cls-exemple-2025",
          "intitule": "Contrat local de santé d'exemple 2025-2029",
          "nature": "CLS",
          "statut": "SIGNE",
          "periode": {
            "debut": "2025-11-13",
            "fin": "2029-12-31"
          },
          "territoire": {
            "libelle": "Exemple",
            "epci": [
              {
                "siren": "200035756",
                "nom": "CC d'exemple"
              }
            ],
            "departements": [
              "32"
            ],
            "region": "76"
          },
          "acteurs": [
            {
              "id": "ars-occitanie",
              "nom": "Agence régionale de santé Occitanie",
              "type": "ARS",
              "codeRegion": "76"
            },
            {
              "id": "cc-exemple",
              "nom": "Communauté de communes d'exemple",
              "type": "COMMUNAUTE_COMMUNES",
              "siren": "200035756"
            }
          ],
          "signataires": [
            {
              "acteur": "ars-occitanie",
              "role": "SIGNATAIRE",
              "dateSignature": "2025-11-13"
            },
            {
              "acteur": "cc-exemple",
              "role": "SIGNATAIRE",
              "dateSignature": "2025-11-13"
            }
          ],
          "axes": [
            {
              "id": "axe-1",
              "numero": 1,
              "intitule": "Santé mentale",
              "thematiques": [
                "SANTE_MENTALE"
              ],
              "fiches": [
                {
                  "id": "fa-1.1",
                  "code": "FA 1.1",
                  "intitule": "Former des secouristes en santé mentale",
                  "porteurs": [
                    "cc-exemple"
                  ],
                  "calendrier": {
                    "debut": "2026-S1",
                    "pasAvant": true,
                    "libelle": "Pas avant le premier semestre 2026"
                  },
                  "financements": [
                    {
                      "financeur": "ars-occitanie",
                      "statut": "ACQUIS",
                      "montant": {
                        "valeur": 15000.00,
                        "taxe": "TTC",
                        "unite": "PAR_AN"
                      }
                    }
                  ],
                  "indicateurs": [
                    {
                      "id": "ind-1.1.1",
                      "libelle": "Nombre de personnes formées",
                      "niveau": "PROCESSUS",
                      "nature": "QUANTITATIF",
                      "unite": "personnes",
                      "frequence": "ANNUELLE",
                      "valeurs": [
                        {
                          "type": "CIBLE",
                          "date": "2029-12-31",
                          "nombre": 120
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
        """)
@Description("Un contrat local de santé (ou son contrat de préfiguration) : la racine d'un document JSON. "
    + "Les organisations sont déclarées une fois dans « acteurs » ; le reste du document s'y réfère par leur "
    + "identifiant local.")
public interface ContratLocalDeSante {

  /**
   * Returns the version of the JSON format the document follows; {@link #builder()} sets the current one.
   *
   * @return the value, never null
   */
  @JsonProperty("formatVersion")
  @Description("Version du format JSON que suit le document.")
  @NotNull
  VersionFormat formatVersion();

  /**
   * Returns the stable identifier of the contract, a slug such as {@code cls-astarac-2025}.
   *
   * @return the value, never null
   */
  @JsonProperty("identifiant")
  @Description("Identifiant stable du contrat, par exemple « cls-astarac-2025 ».")
  @NotNull
  @IdentifiantLocal String identifiant();

  /**
   * Returns the title of the contract.
   *
   * @return the value, never null
   */
  @JsonProperty("intitule")
  @Description("Intitulé du contrat.")
  @NotNull
  @NotBlank @Size(max = 500) String intitule();

  /**
   * Returns a free description.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("description")
  @Description("Description libre du contrat.")
  Optional<@Size(max = 20000) String> description();

  /**
   * Returns whether this is a contrat de préfiguration or the CLS itself.
   *
   * @return the value, never null
   */
  @JsonProperty("nature")
  @Description("Contrat de préfiguration ou contrat local de santé.")
  @NotNull
  NatureContrat nature();

  /**
   * Returns the generation of the contract on its territory: 1 for a first CLS, 2 for its successor….
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("generation")
  @Description("Génération du contrat sur son territoire : 1 pour un premier CLS, 2 pour le suivant…")
  Optional<@Positive Integer> generation();

  /**
   * Returns the identifiant of the contract this one succeeds.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("predecesseur")
  @Description("Identifiant du contrat auquel celui-ci succède.")
  Optional<@IdentifiantLocal String> predecesseur();

  /**
   * Returns the lifecycle status.
   *
   * @return the value, never null
   */
  @JsonProperty("statut")
  @Description("Statut du contrat dans son cycle de vie.")
  @NotNull
  StatutContrat statut();

  /**
   * Returns the dated lifecycle events (préfiguration, diagnostic, signature…), in chronological order.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("evenements")
  @Description("Événements datés de la vie du contrat (préfiguration, diagnostic, signature…), dans l'ordre "
      + "chronologique.")
  List<@Valid Evenement> evenements();

  /**
   * Returns the period of application of the contract.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("periode")
  @Description("Période d'application du contrat.")
  Optional<@Valid Periode> periode();

  /**
   * Returns the territory covered by the contract.
   *
   * @return the value, never null
   */
  @JsonProperty("territoire")
  @Description("Territoire couvert par le contrat.")
  @NotNull
  @Valid
  Territoire territoire();

  /**
   * Returns every organisation mentioned by the contract, once each.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("acteurs")
  @Description("Toutes les organisations que cite le contrat, chacune une seule fois.")
  List<@Valid Acteur> acteurs();

  /**
   * Returns the parties that sign the contract.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("signataires")
  @Description("Parties qui signent le contrat.")
  List<@Valid Signataire> signataires();

  /**
   * Returns the governance bodies.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("gouvernance")
  @Description("Instances de gouvernance du contrat.")
  Optional<@Valid Gouvernance> gouvernance();

  /**
   * Returns the coordination post that runs the contract.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("coordination")
  @Description("Poste de coordination qui anime le contrat.")
  Optional<@Valid Coordination> coordination();

  /**
   * Returns the strategic axes, each holding its fiches actions.
   *
   * @return an immutable list, empty when none
   */
  /**
   * Returns how the fiches' codes are numbered across the contract.
   *
   * @return the value, or empty when unknown
   */
  @JsonProperty("numerotationFiches")
  @Since("1.1")
  @Description("Numérotation des codes des fiches : par axe (« FA 2.3 » dans l'axe 2) ou continue sur tout le "
      + "contrat ; inconnue quand elle est absente.")
  Optional<NumerotationFiches> numerotationFiches();

  /**
   * Returns the strategic axes, each holding its fiches actions.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("axes")
  @Description("Axes stratégiques, chacun avec ses fiches actions.")
  List<@Valid Axe> axes();

  /**
   * Returns the amendments.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("avenants")
  @Description("Avenants au contrat.")
  List<@Valid Avenant> avenants();

  /**
   * Returns the annual, intermediate or final evaluations.
   *
   * @return an immutable list, empty when none
   */
  @JsonProperty("evaluations")
  @Description("Évaluations annuelles, intermédiaires ou finales.")
  List<@Valid Evaluation> evaluations();

  /**
   * Returns vendor data, preserved exactly on every round trip.
   *
   * @return the value, or empty when not given
   */
  /**
   * Returns the clauses of the contract: amendment, termination, evaluation.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("clauses")
  @Since("1.1")
  @Description("Clauses du contrat : procédure de modification par avenant, résiliation et préavis, modalités "
      + "d'évaluation.")
  Optional<@Valid Clauses> clauses();

  /**
   * Returns vendor data, preserved exactly on every round trip.
   *
   * @return the value, or empty when not given
   */
  @JsonProperty("extensions")
  @Description("Données propres à un logiciel, conservées telles quelles à chaque lecture et écriture.")
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
   * Returns this contract in the version of the format this library writes. A minor version only
   * adds, so a contract read from a document of an earlier one holds nothing the current version
   * cannot say: the copy differs by its {@code formatVersion} alone.
   *
   * @return this contract when it is already in {@link VersionFormat#CURRENT}, otherwise a copy in it
   */
  default ContratLocalDeSante toCurrentVersion() {
    return formatVersion().equals(VersionFormat.CURRENT) ? this
        : builder().from(this).formatVersion(VersionFormat.CURRENT).build();
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
