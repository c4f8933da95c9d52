package io.clsante.schema;

import io.clsante.model.json.ClsJson;
import java.util.List;
import java.util.stream.Stream;

/**
 * Documents the schema must reject, each made by one change to the {@linkplain Fixtures#base() base
 * contract}, with the problems the structural pass must report and the oracle of the model that
 * rejects it as well.
 */
final class InvalidDocuments {
  private InvalidDocuments() {}

  /** Which oracle of the model also rejects the document. */
  enum Layer {
    /** Jackson's data binding, with {@link ClsJson#mapper()}, refuses it: a type, a code, a value type's parse. */
    READER,
    /** Jackson's data binding reads it; Bean Validation (Hibernate Validator) of the contract reports a violation. */
    CONSTRAINTS
  }

  /**
   * One invalid document.
   *
   * @param name what is wrong, as a test name
   * @param pointer where the base document is changed
   * @param json the new value at the pointer, as JSON text; null to remove the property
   * @param layer the layer of the model that rejects the document
   * @param expected the problems the pass reports, sorted, each as {@link ProblemKeys} writes it:
   *     {@code "/acteurs/0 required type"}
   */
  record Case(String name, String pointer, String json, Layer layer, List<String> expected) {
    /** Returns the document, as JSON text. */
    String document() {
      return Fixtures.edited(pointer, json);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case set(String name, String pointer, String json, Layer layer, String... expected) {
    return new Case(name, pointer, json, layer, Stream.of(expected).sorted().toList());
  }

  private static Case remove(String name, String pointer, Layer layer, String... expected) {
    return new Case(name, pointer, null, layer, Stream.of(expected).sorted().toList());
  }

  private static final String FICHE = "/axes/0/fiches/0";
  private static final Layer R = Layer.READER;
  private static final Layer C = Layer.CONSTRAINTS;

  /** The table. */
  static List<Case> all() {
    return List.of(
        remove("intitulé obligatoire absent", "/intitule", R, " required intitule"),
        set("propriété inconnue à la racine (accent)", "/intitulé", "\"x\"", R, " additionalProperties intitulé"),
        set("propriété inconnue dans un acteur", "/acteurs/1/sirne", "\"200035756\"", R,
            "/acteurs/1 additionalProperties sirne"),
        set("$schema désignant une URL", "/$schema", "\"http://127.0.0.1:9/x.json\"", R,
            " additionalProperties $schema"),
        set("$id désignant une URL", "/$id", "\"https://example.invalid/cls.json\"", R,
            " additionalProperties $id"),
        set("nature en minuscules", "/nature", "\"cls\"", R, "/nature enum"),
        set("statut numérique", "/statut", "3", R, "/statut type", "/statut enum"),
        set("version de format 2.0", "/formatVersion", "\"2.0\"", R, "/formatVersion enum"),
        set("version de format 1.2, future", "/formatVersion", "\"1.2\"", R, "/formatVersion enum"),
        set("génération en texte", "/generation", "\"2\"", R, "/generation type"),
        set("génération zéro", "/generation", "0", C, "/generation minimum"),
        set("SIREN de 8 chiffres", "/acteurs/1/siren", "\"20003575\"", R, "/acteurs/1/siren pattern"),
        set("SIRET de 13 chiffres", "/acteurs/1/siret", "\"2000357560001\"", R, "/acteurs/1/siret pattern"),
        set("FINESS avec C", "/acteurs/1/finess", "\"2C0000014\"", R, "/acteurs/1/finess pattern"),
        set("RNA en minuscule", "/acteurs/1/rna", "\"w323000123\"", R, "/acteurs/1/rna pattern"),
        set("code commune 20xxx (Corse)", "/territoire/communes/0/code", "\"20004\"", R,
            "/territoire/communes/0/code pattern"),
        set("code département 20", "/territoire/departements/0", "\"20\"", R,
            "/territoire/departements/0 pattern"),
        set("code région de 3 chiffres", "/territoire/region", "\"076\"", R, "/territoire/region pattern"),
        set("trimestre T5", "/evenements/0/date", "\"2025-T5\"", R, "/evenements/0/date pattern"),
        set("année 1899", "/periode/debut", "\"1899\"", R, "/periode/debut pattern"),
        set("29 février d'une année non bissextile", "/signataires/0/dateSignature", "\"2025-02-29\"", R,
            "/signataires/0/dateSignature pattern"),
        set("mois 13", "/avenants/0/date", "\"2026-13-01\"", R, "/avenants/0/date pattern"),
        set("identifiant avec une espace", "/identifiant", "\"cls exemple\"", C, "/identifiant pattern"),
        set("identifiant de 65 caractères", "/identifiant", "\"" + "c".repeat(65) + "\"", C,
            "/identifiant maxLength"),
        set("identifiant terminé par un saut de ligne", "/identifiant", "\"cls-exemple\\n\"", C,
            "/identifiant pattern"),
        // In the object form: Bean Validation names the property, as the pass does (in the short
        // form, the pass names the string, Bean Validation the property it fills).
        set("porteur inconnu du format d'identifiant", FICHE + "/porteurs/0", "{\"acteur\":\"-cc\"}", C,
            FICHE + "/porteurs/0/acteur pattern"),
        set("intitulé blanc", "/intitule", "\" \\t \"", C, "/intitule pattern"),
        set("intitulé de 501 caractères", "/intitule", "\"" + "é".repeat(501) + "\"", C, "/intitule maxLength"),
        set("téléphone de 41 caractères", "/acteurs/1/contact/telephone", "\"" + "0".repeat(41) + "\"", C,
            "/acteurs/1/contact/telephone maxLength"),
        set("numéro d'axe décimal", "/axes/0/numero", "1.5", R, "/axes/0/numero type"),
        set("numéro d'avenant hors des entiers Java", "/avenants/0/numero", "99999999999", R,
            "/avenants/0/numero maximum"),
        set("part de cofinancement de 101 %", "/coordination/cofinancements/0/part", "101", C,
            "/coordination/cofinancements/0/part maximum"),
        set("population comptée en 1799", "/territoire/population/annee", "1799", C,
            "/territoire/population/annee minimum"),
        set("financement en 2101", FICHE + "/financements/0/annee", "2101", C,
            FICHE + "/financements/0/annee maximum"),
        set("territoire en texte", "/territoire", "\"Exemple\"", R, "/territoire type"),
        set("acteurs en objet", "/acteurs", "{}", R, "/acteurs type"),
        set("description null", "/description", "null", R, "/description type"),
        set("extensions en tableau", "/extensions", "[]", R, "/extensions type"),
        set("pasAvant en texte", FICHE + "/calendrier/pasAvant", "\"true\"", R, FICHE + "/calendrier/pasAvant type"),
        set("montant en texte", FICHE + "/financements/0/montant/valeur", "\"15000\"", R,
            FICHE + "/financements/0/montant/valeur type"),
        set("thématique inconnue", "/axes/0/thematiques/0", "\"SANTE\"", R, "/axes/0/thematiques/0 enum"),
        set("fréquence inconnue", FICHE + "/indicateurs/0/frequence", "\"HEBDOMADAIRE\"", R,
            FICHE + "/indicateurs/0/frequence enum"),
        remove("acteur sans type", "/acteurs/0/type", R, "/acteurs/0 required type"),
        remove("valeur d'indicateur sans date", FICHE + "/indicateurs/0/valeurs/0/date", R,
            FICHE + "/indicateurs/0/valeurs/0 required date"),
        set("borne de fourchette en texte", FICHE + "/financements/0/montant/minimum", "\"8000\"", R,
            FICHE + "/financements/0/montant/minimum type"),
        set("intervenant en nombre", FICHE + "/porteurs/0", "5", R, FICHE + "/porteurs/0 type"),
        set("document tableau", "", "[]", R, " type"),
        set("document chaîne", "", "\"cls\"", R, " type"));
  }
}
