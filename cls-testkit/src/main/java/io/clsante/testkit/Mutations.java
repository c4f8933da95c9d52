package io.clsante.testkit;

import io.clsante.model.Acteur;
import io.clsante.model.Axe;
import io.clsante.model.CommuneTerritoire;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.FicheAction;
import io.clsante.model.Financement;
import io.clsante.model.Indicateur;
import io.clsante.model.Montant;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.Periode;
import io.clsante.model.RoleSignataire;
import io.clsante.model.Signataire;
import io.clsante.model.StatutFinancement;
import io.clsante.model.TypeActeur;
import io.clsante.model.id.CodeCommune;
import io.clsante.model.id.CodeDepartement;
import io.clsante.model.id.CodeRegion;
import io.clsante.model.id.Siren;
import io.clsante.rules.referentiel.Commune;
import io.clsante.rules.referentiel.Departement;
import io.clsante.rules.referentiel.Epci;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import io.clsante.rules.referentiel.TypeCommune;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog of {@link Mutation}s: at least one for every ERROR rule that a document can break
 * (the business rules, the structural constraints, every kind of JSON Schema constraint the
 * published schema uses, and every problem of the reader that the validator reports), each
 * expecting exactly that ERROR at one pointer.
 *
 * <p>Not in the catalog, because no document can cause them through the validator:
 * {@code CLS-INT-001} (a rule that fails: a bug of the library), {@code CLS-JSON-010} (an input
 * that cannot be read at all: a missing file, an I/O failure), {@code CLS-JSON-005} and
 * {@code CLS-JSON-006} (unknown and missing properties, which the JSON Schema stage reports first as
 * {@code CLS-SCH-002} and {@code CLS-SCH-001}), and the schema kinds the published schema does not
 * use ({@code format}, {@code const}, {@code minLength}, {@code minItems}, {@code maxItems}).
 *
 * <p>Example: {@code for (Mutation m : Mutations.catalog()) m.apply(contrat).ifPresent(…);}
 *
 * <p>The lists are immutable and thread-safe.
 */
public final class Mutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<Mutation> STANDARD = build(ContratGenerator.DATE_DE_REFERENCE);

  private Mutations() {}

  /**
   * Returns the catalog for contracts valid at {@link ContratGenerator#DATE_DE_REFERENCE}, to be
   * checked by a validator with that reference date.
   *
   * @return an immutable list, ordered by rule id
   */
  public static List<Mutation> catalog() {
    return STANDARD;
  }

  /**
   * Returns the catalog for contracts valid at another reference date: the mutations that date
   * something in the future date it the day after.
   *
   * @param referenceDate the reference date of the validator
   * @return an immutable list, ordered by rule id
   */
  public static List<Mutation> catalog(LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    return referenceDate.equals(ContratGenerator.DATE_DE_REFERENCE) ? STANDARD : build(referenceDate);
  }

  /**
   * Returns a mutation of the standard catalog by name.
   *
   * @param nom the name, for example {@code generation-nulle}
   * @return the mutation
   * @throws IllegalArgumentException if no mutation has that name
   */
  public static Mutation nommee(String nom) {
    return STANDARD.stream().filter(m -> m.nom().equals(nom)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No mutation named \"" + nom + "\""));
  }

  private static List<Mutation> build(LocalDate today) {
    ReferentielTerritorial ref = ReferentielTerritorial.cog2026();
    String lendemain = today.plusDays(1).toString();
    List<Mutation> m = new ArrayList<>();

    // ---- Stage 1: the reader (CLS-JSON-0xx) ----------------------------------------------------
    add(m, "document-vide", "CLS-JSON-001", "le document est vide", s -> s.changed(new byte[0], ""));
    add(m, "valeur-nan", "CLS-JSON-002", "l'identifiant est remplacé par le jeton NaN, qui n'est pas du JSON",
        s -> replaceFirstLine(s, "  \"identifiant\": ", "  \"identifiant\": NaN,", "/identifiant"));
    add(m, "document-tronque", "CLS-JSON-002", "le document s'arrête au milieu de son identifiant",
        s -> {
          String t = s.text();
          int i = t.indexOf("\"identifiant\": \"") + "\"identifiant\": \"".length() + 2;
          return s.changed(t.substring(0, i).getBytes(StandardCharsets.UTF_8), "/identifiant");
        });
    add(m, "intitule-en-latin-1", "CLS-JSON-003", "l'intitulé est encodé en Latin-1 au lieu d'UTF-8",
        s -> {
          String t = s.text();
          int start = t.indexOf("\n  \"intitule\": ");
          int end = t.indexOf('\n', start + 1);
          byte[] head = t.substring(0, start).getBytes(StandardCharsets.UTF_8);
          byte[] line = t.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
          byte[] tail = t.substring(end).getBytes(StandardCharsets.UTF_8);
          if (t.substring(start, end).chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
          }
          return s.changed(concat(head, line, tail), "/intitule");
        });
    add(m, "cle-en-double", "CLS-JSON-004", "la propriété « identifiant » apparaît deux fois",
        s -> {
          String t = s.text();
          int start = t.indexOf("\n  \"identifiant\": ");
          int end = t.indexOf('\n', start + 1);
          String line = t.substring(start, end);
          return s.changed((t.substring(0, end) + line + t.substring(end)).getBytes(StandardCharsets.UTF_8),
              "/identifiant");
        });
    add(m, "numero-d-axe-decimal", "CLS-JSON-007", "le numéro du premier axe s'écrit 1.0, un nombre décimal",
        s -> {
          ObjectNode axe = s.object("/axes/0");
          axe.set("numero", NODES.numberNode(new BigDecimal(axe.get("numero").asInt() + ".0")));
          return s.changed("/axes/0/numero");
        });
    add(m, "siren-cle-fausse", "CLS-JSON-008", "le SIREN d'un acteur a un chiffre faux : sa clé de Luhn ne correspond plus",
        s -> {
          for (int i = 0; i < s.contrat().acteurs().size(); i++) {
            Optional<Siren> siren = s.contrat().acteurs().get(i).siren();
            if (siren.isPresent()) {
              String v = siren.get().toString();
              char last = (char) ('0' + (v.charAt(8) - '0' + 1) % 10);
              s.object("/acteurs/" + i).put("siren", v.substring(0, 8) + last);
              return s.changed("/acteurs/" + i + "/siren");
            }
          }
          return Optional.empty();
        });
    add(m, "nombre-trop-long", "CLS-JSON-009", "les extensions portent un nombre de 41 chiffres, au-delà de la limite de 40",
        s -> {
          extensions(s).set("montantBrut", NODES.numberNode(new java.math.BigInteger("9".repeat(41))));
          return s.changed("/extensions/montantBrut");
        });
    add(m, "texte-trop-long", "CLS-JSON-009", "la description compte 100 001 caractères, au-delà de la limite de 100 000",
        s -> {
          s.tree().put("description", "a".repeat(100_001));
          return s.changed("/description");
        });
    add(m, "nom-de-propriete-trop-long", "CLS-JSON-009", "une extension a un nom de 201 caractères, au-delà de la limite de 200",
        s -> {
          extensions(s).put("n".repeat(201), true);
          return s.changed("/extensions");
        });
    add(m, "imbrication-trop-profonde", "CLS-JSON-009", "les extensions imbriquent 64 objets, au-delà de la profondeur de 64",
        s -> {
          ObjectNode o = extensions(s);
          StringBuilder pointer = new StringBuilder("/extensions");
          for (int i = 0; i < 63; i++) {
            o = o.putObject("a");
            pointer.append("/a");
          }
          return s.changed(pointer.toString());
        });
    add(m, "trop-de-proprietes", "CLS-JSON-009", "les extensions comptent 10 001 propriétés, au-delà de la limite de 10 000",
        s -> {
          ObjectNode o = extensions(s).putObject("indicateursLocaux");
          for (int i = 1; i <= 10_001; i++) {
            o.put("i" + i, i);
          }
          return s.changed("/extensions/indicateursLocaux/i10001");
        });

    // ---- Stage 2: the JSON Schema (CLS-SCH-0xx), one per kind of constraint the schema uses -----
    add(m, "intitule-d-axe-absent", "CLS-SCH-001", "le premier axe perd son intitulé, obligatoire",
        s -> {
          s.object("/axes/0").remove("intitule");
          return s.changed("/axes/0");
        });
    add(m, "propriete-accentuee", "CLS-SCH-002", "le territoire reçoit une propriété « région » inconnue (accentuée)",
        s -> {
          s.object("/territoire").put("région", "76");
          return s.changed("/territoire");
        });
    add(m, "generation-en-texte", "CLS-SCH-003", "la génération s'écrit \"2\", une chaîne au lieu d'un entier",
        s -> {
          s.tree().put("generation", "2");
          return s.changed("/generation");
        });
    add(m, "statut-inconnu", "CLS-SCH-004", "le statut devient EN_COURS, qui n'est pas un code de la liste",
        s -> {
          s.tree().put("statut", "EN_COURS");
          return s.changed("/statut");
        });
    add(m, "identifiant-avec-espace", "CLS-SCH-005", "l'identifiant du contrat contient une espace",
        s -> {
          s.tree().put("identifiant", "cls " + s.contrat().identifiant());
          return s.changed("/identifiant");
        });
    add(m, "intitule-trop-long", "CLS-SCH-009", "l'intitulé du contrat compte 501 caractères, pour 500 au plus",
        s -> {
          String t = s.contrat().intitule();
          s.tree().put("intitule", (t + " " + "x".repeat(501)).substring(0, 501));
          return s.changed("/intitule");
        });
    add(m, "generation-nulle", "CLS-SCH-010", "la génération vaut 0, pour 1 au moins",
        s -> {
          s.tree().put("generation", 0);
          return s.changed("/generation");
        });
    add(m, "millesime-trop-grand", "CLS-SCH-011", "le millésime du COG vaut 2101, pour 2100 au plus",
        s -> {
          s.object("/territoire").put("millesimeCog", 2101);
          return s.changed("/territoire/millesimeCog");
        });

    // ---- Stage 3: the structural constraints of the model (CLS-CNT-001) -----------------------
    add(m, "courriel-invalide", "CLS-CNT-001", "le contact du premier acteur reçoit un courriel sans @",
        s -> {
          ObjectNode a = s.object("/acteurs/0");
          JsonNode contact = a.get("contact");
          ObjectNode c = contact instanceof ObjectNode o ? o : a.putObject("contact");
          c.put("courriel", "courriel-invalide");
          return s.changed("/acteurs/0/contact/courriel");
        });

    // ---- Stage 4: the business rules, by family -------------------------------------------------
    add(m, "axes-de-meme-numero", "CLS-AXE-002", "le deuxième axe reçoit le numéro du premier",
        s -> {
          if (s.contrat().axes().size() < 2) {
            return Optional.empty();
          }
          s.object("/axes/1").put("numero", s.contrat().axes().get(0).numero());
          return s.changed("/axes/1/numero");
        });
    add(m, "codes-de-fiche-en-double", "CLS-AXE-003", "une deuxième fiche reçoit le code de la première, en minuscules et sans espace",
        s -> {
          List<String> pointers = fichePointers(s.contrat());
          if (pointers.size() < 2) {
            return Optional.empty();
          }
          String code = s.at(pointers.get(0) + "/code").asString();
          String copie = code.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
          s.object(pointers.get(1)).put("code", copie);
          return s.changed(pointers.get(1) + "/code");
        });
    add(m, "objectif-strategique-hors-de-l-axe", "CLS-AXE-010",
        "la première fiche se rattache à un objectif stratégique qu'aucun objectif de son axe ne porte",
        s -> {
          s.object("/axes/0/fiches/0").put("objectifStrategique", "objectif-d-un-autre-axe");
          return s.changed("/axes/0/fiches/0/objectifStrategique");
        });
    add(m, "fiche-sans-porteur", "CLS-AXE-005", "la première fiche perd ses porteurs",
        s -> {
          s.object("/axes/0/fiches/0").remove("porteurs");
          return s.changed("/axes/0/fiches/0/porteurs");
        });
    add(m, "secteur-hors-du-territoire", "CLS-AXE-008", "le secteur de la première fiche vise une commune voisine, hors du territoire",
        s -> {
          Optional<Commune> dehors = communeHorsDuTerritoire(s.contrat(), ref);
          if (dehors.isEmpty()) {
            return Optional.empty();
          }
          ObjectNode fiche = s.object("/axes/0/fiches/0");
          ObjectNode secteur = fiche.get("secteur") instanceof ObjectNode o ? o : fiche.putObject("secteur");
          ArrayNode communes = secteur.get("communes") instanceof ArrayNode a ? a : secteur.putArray("communes");
          communes.add(dehors.get().code().toString());
          return s.changed("/axes/0/fiches/0/secteur/communes/" + (communes.size() - 1));
        });
    add(m, "avenant-non-signe", "CLS-CYC-004", "la signature d'un signataire du contrat est retirée du premier avenant",
        s -> {
          if (s.contrat().avenants().isEmpty()) {
            return Optional.empty();
          }
          Set<String> signataires = new HashSet<>();
          s.contrat().signataires().stream().filter(x -> x.role() == RoleSignataire.SIGNATAIRE)
              .forEach(x -> signataires.add(x.acteur()));
          ArrayNode signatures = s.array("/avenants/0/signatures");
          for (int i = 0; i < signatures.size(); i++) {
            if (signataires.contains(signatures.get(i).get("acteur").asString())) {
              signatures.remove(i);
              return s.changed("/avenants/0/signatures");
            }
          }
          return Optional.empty();
        });
    add(m, "montant-negatif", "CLS-FIN-001", "un financement passe à -1 500,00 €",
        s -> {
          // An amount with a value: a range would then have both (CLS-FIN-005).
          String p = firstFinancement(s.contrat(), f -> f.montant().flatMap(Montant::valeur).isPresent());
          if (p == null) {
            return Optional.empty();
          }
          s.object(p + "/montant").put("valeur", new BigDecimal("-1500.00"));
          return s.changed(p + "/montant/valeur");
        });
    add(m, "financement-a-definir-chiffre", "CLS-FIN-002", "un financement « à définir » reçoit un montant, ou un financement chiffré devient « à définir »",
        s -> {
          String p = firstFinancement(s.contrat(), f -> f.statut() == StatutFinancement.A_DEFINIR);
          if (p != null) {
            s.object(p).putObject("montant").put("valeur", new BigDecimal("1000.00"));
            return s.changed(p);
          }
          p = firstFinancement(s.contrat(), f -> f.montant().isPresent());
          if (p == null) {
            return Optional.empty();
          }
          s.object(p).put("statut", StatutFinancement.A_DEFINIR.code());
          return s.changed(p);
        });
    add(m, "parts-de-coordination-a-90", "CLS-FIN-004", "une part de cofinancement de la coordination perd ou gagne 10 points",
        s -> {
          if (s.contrat().coordination().map(c -> c.cofinancements().isEmpty()).orElse(true)) {
            return Optional.empty();
          }
          ObjectNode part = s.object("/coordination/cofinancements/0");
          BigDecimal v = part.get("part").decimalValue();
          BigDecimal dix = BigDecimal.TEN;
          part.put("part", v.compareTo(dix) >= 0 ? v.subtract(dix) : v.add(dix));
          return s.changed("/coordination/cofinancements");
        });
    add(m, "valeur-quantitative-en-texte", "CLS-IND-002", "la valeur d'un indicateur quantitatif devient un texte",
        s -> {
          String p = firstValeur(s.contrat(), i -> i.nature() == NatureIndicateur.QUANTITATIF);
          if (p == null) {
            return Optional.empty();
          }
          ObjectNode v = s.object(p);
          v.remove("nombre");
          v.put("texte", "En progrès");
          return s.changed(p);
        });
    add(m, "pourcentage-a-150", "CLS-IND-003", "une valeur d'un indicateur en % passe à 150",
        s -> {
          String p = firstValeur(s.contrat(), i -> i.nature() == NatureIndicateur.QUANTITATIF
              && i.unite().map(u -> u.strip().equals("%")).orElse(false));
          if (p == null) {
            return Optional.empty();
          }
          s.object(p).put("nombre", 150);
          return s.changed(p + "/nombre");
        });
    add(m, "realisation-future", "CLS-IND-004", "une valeur d'indicateur devient une réalisation datée du lendemain de la date de référence",
        s -> {
          String p = firstValeur(s.contrat(), i -> true);
          if (p == null) {
            return Optional.empty();
          }
          s.object(p).put("type", "REALISE").put("date", lendemain);
          return s.changed(p + "/date");
        });
    add(m, "periode-inversee", "CLS-PER-001", "les bornes de la période du contrat sont inversées",
        s -> {
          Optional<Periode> periode = s.contrat().periode();
          if (periode.isEmpty() || periode.get().fin().isEmpty()) {
            return Optional.empty();
          }
          DateCalendaire debut = periode.get().debut();
          DateCalendaire fin = periode.get().fin().get();
          if (!debut.dernierJour().isBefore(fin.premierJour())) {
            return Optional.empty(); // swapped, the bounds would still overlap
          }
          s.object("/periode").put("debut", fin.toString()).put("fin", debut.toString());
          return s.changed("/periode");
        });
    add(m, "acteur-en-double", "CLS-REF-001", "un second acteur reçoit l'identifiant du premier",
        s -> {
          ObjectNode copie = s.object("/acteurs/0").deepCopy();
          copie.put("nom", copie.get("nom").asString() + " (doublon)");
          s.array("/acteurs").add(copie);
          return s.changed("/acteurs/" + (s.contrat().acteurs().size()) + "/id");
        });
    add(m, "porteur-inconnu", "CLS-REF-002", "le porteur de la première fiche devient un acteur non déclaré",
        s -> {
          s.array("/axes/0/fiches/0/porteurs").set(0, NODES.stringNode("acteur-non-declare"));
          return s.changed("/axes/0/fiches/0/porteurs/0");
        });
    add(m, "intervenant-acteur-et-categorie", "CLS-REF-003",
        "le premier porteur de la première fiche est à la fois un acteur et une catégorie",
        s -> {
          JsonNode porteur = s.array("/axes/0/fiches/0/porteurs").get(0);
          ObjectNode doubleForme = porteur.isString() ? NODES.objectNode().put("acteur", porteur.asString())
              : ((ObjectNode) porteur).deepCopy();
          doubleForme.put(doubleForme.has("acteur") ? "libelle" : "acteur", doubleForme.has("acteur") ? "les communes" : "acteur-x");
          s.array("/axes/0/fiches/0/porteurs").set(0, doubleForme);
          return s.changed("/axes/0/fiches/0/porteurs/0");
        });
    add(m, "indicateur-d-une-operation-inconnue", "CLS-REF-004",
        "le premier indicateur de la première fiche dit mesurer une opération que la fiche n'a pas",
        s -> {
          s.object("/axes/0/fiches/0/indicateurs/0").put("operation", "operation-inconnue");
          return s.changed("/axes/0/fiches/0/indicateurs/0/operation");
        });
    add(m, "budget-sans-valeur-ni-fourchette", "CLS-FIN-005",
        "le budget prévisionnel de la première fiche ne donne que sa base de taxe",
        s -> {
          s.object("/axes/0/fiches/0").set("budgetPrevisionnel", NODES.objectNode().put("taxe", "HT"));
          return s.changed("/axes/0/fiches/0/budgetPrevisionnel");
        });
    add(m, "fourchette-inversee", "CLS-FIN-006",
        "le budget prévisionnel de la première fiche devient une fourchette aux bornes inversées",
        s -> {
          s.object("/axes/0/fiches/0").set("budgetPrevisionnel", NODES.objectNode()
              .put("minimum", new BigDecimal("99999999")).put("maximum", new BigDecimal("99999998")));
          return s.changed("/axes/0/fiches/0/budgetPrevisionnel/minimum");
        });
    add(m, "evaluation-presentee-a-une-instance-inconnue", "CLS-REF-005",
        "les clauses présentent l'évaluation à une instance que la gouvernance ne déclare pas",
        s -> {
          s.tree().putObject("clauses").putObject("evaluation").put("instance", "instance-non-declaree");
          return s.changed("/clauses/evaluation/instance");
        });
    add(m, "ars-non-signataire", "CLS-SIG-001", "l'ARS est retirée des signataires du contrat signé",
        s -> {
          if (!s.contrat().statut().isSigne()) {
            return Optional.empty();
          }
          return keepSignataires(s, a -> a.type() != TypeActeur.ARS);
        });
    add(m, "aucune-collectivite-signataire", "CLS-SIG-002", "seuls l'ARS et les signataires qui ne sont pas des collectivités restent",
        s -> {
          if (!s.contrat().statut().isSigne()) {
            return Optional.empty();
          }
          return keepSignataires(s, a -> !a.type().isCollectiviteTerritoriale());
        });
    add(m, "ars-d-une-autre-region", "CLS-SIG-003", "l'ARS signataire reçoit le code d'une autre région",
        s -> {
          List<Signataire> signataires = s.contrat().signataires();
          for (int i = 0; i < signataires.size(); i++) {
            int a = s.indexOfActeur(signataires.get(i).acteur());
            Acteur acteur = s.contrat().acteurs().get(a);
            if (acteur.type() == TypeActeur.ARS && acteur.codeRegion().isPresent()) {
              String autre = ref.regions().stream().map(r -> r.code().toString())
                  .filter(c -> !c.equals(acteur.codeRegion().get().toString())).findFirst().orElseThrow();
              s.object("/acteurs/" + a).put("codeRegion", autre);
              return s.changed("/signataires/" + i + "/acteur");
            }
          }
          return Optional.empty();
        });
    add(m, "signature-future", "CLS-SIG-006", "le premier signataire signe le lendemain de la date de référence",
        s -> {
          if (s.contrat().signataires().isEmpty()) {
            return Optional.empty();
          }
          s.object("/signataires/0").put("dateSignature", lendemain).remove("dateSignatureApprochee");
          return s.changed("/signataires/0/dateSignature");
        });
    add(m, "deux-dates-de-signature", "CLS-SIG-007",
        "le premier signataire reçoit une date de signature approchée en plus de sa date au jour",
        s -> {
          if (s.contrat().signataires().isEmpty() || s.contrat().signataires().get(0).dateSignature().isEmpty()) {
            return Optional.empty();
          }
          LocalDate d = s.contrat().signataires().get(0).dateSignature().get();
          s.object("/signataires/0").put("dateSignatureApprochee", Integer.toString(d.getYear()));
          return s.changed("/signataires/0/dateSignatureApprochee");
        });
    add(m, "commune-inexistante", "CLS-TER-001", "le code d'une commune du territoire est remplacé par un code absent du COG",
        s -> {
          List<CommuneTerritoire> communes = s.contrat().territoire().communes();
          if (communes.isEmpty()) {
            return Optional.empty();
          }
          CodeCommune code = communes.get(0).code();
          s.object("/territoire/communes/0").put("code", codeInexistant(code.departement(), ref));
          return s.changed("/territoire/communes/0/code");
        });
    add(m, "epci-inexistant", "CLS-TER-003", "une commune du territoire est rattachée à un SIREN valide qui n'est celui d'aucun EPCI",
        s -> {
          if (s.contrat().territoire().communes().isEmpty()) {
            return Optional.empty();
          }
          s.object("/territoire/communes/0").put("epci", sirenSansEpci(ref));
          return s.changed("/territoire/communes/0/epci");
        });
    add(m, "commune-d-un-autre-epci", "CLS-TER-004", "une commune du territoire est déclarée dans un autre EPCI que le sien",
        s -> {
          List<CommuneTerritoire> communes = s.contrat().territoire().communes();
          if (communes.isEmpty()) {
            return Optional.empty();
          }
          Optional<Siren> sien = ref.communeActuelle(communes.get(0).code()).flatMap(Commune::epci);
          String autre = ref.epcis().stream().map(e -> e.siren()).filter(x -> !Optional.of(x).equals(sien))
              .map(Siren::toString).sorted().findFirst().orElseThrow();
          s.object("/territoire/communes/0").put("epci", autre);
          return s.changed("/territoire/communes/0/epci");
        });
    add(m, "departement-d-une-autre-region", "CLS-TER-005", "un département d'une autre région est ajouté au territoire",
        s -> {
          Optional<CodeRegion> region = s.contrat().territoire().region();
          if (region.isEmpty()) {
            return Optional.empty();
          }
          Departement autre = ref.departements().stream()
              .filter(d -> d.region().isPresent() && !d.region().equals(region)).findFirst().orElseThrow();
          ArrayNode departements = s.tree().withArray("/territoire/departements");
          departements.add(autre.code().toString());
          return s.changed("/territoire/departements/" + (departements.size() - 1));
        });
    add(m, "commune-hors-des-departements", "CLS-TER-006", "une commune de la région, mais d'un département non déclaré, est ajoutée au territoire",
        s -> {
          Optional<CodeRegion> region = s.contrat().territoire().region();
          List<CodeDepartement> declares = s.contrat().territoire().departements();
          if (region.isEmpty() || declares.isEmpty()) {
            return Optional.empty();
          }
          Optional<Commune> commune = ref.communes().stream()
              .filter(c -> c.type() == TypeCommune.COMMUNE_ACTUELLE && c.region().equals(region)
                  && !declares.contains(c.departement()))
              .findFirst();
          if (commune.isEmpty()) {
            return Optional.empty();
          }
          ArrayNode communes = s.tree().withArray("/territoire/communes");
          communes.addObject().put("code", commune.get().code().toString());
          return s.changed("/territoire/communes/" + (communes.size() - 1) + "/code");
        });
    add(m, "territoire-vide", "CLS-TER-007", "le contrat signé perd ses communes, ses EPCI et ses départements",
        s -> {
          if (!s.contrat().statut().isSigne()) {
            return Optional.empty();
          }
          s.object("/territoire").remove(List.of("communes", "epci", "departements"));
          return s.changed("/territoire");
        });
    add(m, "region-inexistante", "CLS-TER-008", "la région du territoire reçoit un code absent du COG",
        s -> {
          String absent = null;
          for (int i = 0; i < 100 && absent == null; i++) {
            String code = String.format(Locale.ROOT, "%02d", i);
            if (ref.region(CodeRegion.parse(code)).isEmpty()) {
              absent = code;
            }
          }
          s.object("/territoire").put("region", absent);
          return s.changed("/territoire/region");
        });

    m.sort(java.util.Comparator.comparing(Mutation::ruleId).thenComparing(Mutation::nom));
    return List.copyOf(m);
  }

  private static void add(List<Mutation> m, String nom, String ruleId, String description,
      Function<MutationSubject, Optional<Mutant>> change) {
    m.add(new Mutation(nom, ruleId, description, change));
  }

  private static Optional<Mutant> replaceFirstLine(MutationSubject s, String prefix, String replacement, String pointer) {
    String t = s.text();
    int start = t.indexOf("\n" + prefix) + 1;
    int end = t.indexOf('\n', start);
    return s.changed((t.substring(0, start) + replacement + t.substring(end)).getBytes(StandardCharsets.UTF_8), pointer);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static ObjectNode extensions(MutationSubject s) {
    return s.tree().get("extensions") instanceof ObjectNode o ? o : s.tree().putObject("extensions");
  }

  private static List<String> fichePointers(ContratLocalDeSante c) {
    List<String> out = new ArrayList<>();
    for (int a = 0; a < c.axes().size(); a++) {
      for (int f = 0; f < c.axes().get(a).fiches().size(); f++) {
        out.add("/axes/" + a + "/fiches/" + f);
      }
    }
    return out;
  }

  private static String firstFinancement(ContratLocalDeSante c, java.util.function.Predicate<Financement> which) {
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        List<Financement> list = axe.fiches().get(f).financements();
        for (int n = 0; n < list.size(); n++) {
          if (which.test(list.get(n))) {
            return "/axes/" + a + "/fiches/" + f + "/financements/" + n;
          }
        }
      }
    }
    return null;
  }

  private static String firstValeur(ContratLocalDeSante c, java.util.function.Predicate<Indicateur> which) {
    for (int a = 0; a < c.axes().size(); a++) {
      Axe axe = c.axes().get(a);
      for (int f = 0; f < axe.fiches().size(); f++) {
        FicheAction fiche = axe.fiches().get(f);
        for (int i = 0; i < fiche.indicateurs().size(); i++) {
          Indicateur ind = fiche.indicateurs().get(i);
          if (which.test(ind) && !ind.valeurs().isEmpty()) {
            return "/axes/" + a + "/fiches/" + f + "/indicateurs/" + i + "/valeurs/0";
          }
        }
      }
    }
    return null;
  }

  private static Optional<Mutant> keepSignataires(MutationSubject s, java.util.function.Predicate<Acteur> keep) {
    ArrayNode signataires = s.array("/signataires");
    boolean removed = false;
    for (int i = signataires.size() - 1; i >= 0; i--) {
      Optional<Acteur> a = s.acteur(signataires.get(i).get("acteur").asString());
      if (a.isPresent() && !keep.test(a.get())) {
        signataires.remove(i);
        removed = true;
      }
    }
    if (!removed) {
      return Optional.empty();
    }
    if (signataires.isEmpty()) {
      s.tree().remove("signataires");
    }
    return s.changed("/signataires");
  }

  /** A commune of the same département as the territory's first one, outside the territory. */
  private static Optional<Commune> communeHorsDuTerritoire(ContratLocalDeSante c, ReferentielTerritorial ref) {
    Set<Siren> epcis = new HashSet<>();
    c.territoire().epci().forEach(e -> epcis.add(e.siren()));
    Set<CodeCommune> dedans = new HashSet<>();
    for (CommuneTerritoire ct : c.territoire().communes()) {
      dedans.add(ct.code());
      ref.communeActuelle(ct.code()).flatMap(Commune::epci).ifPresent(epcis::add);
    }
    for (Siren s : epcis) {
      ref.epci(s).ifPresent(e -> dedans.addAll(e.membres()));
    }
    List<CodeDepartement> departements = c.territoire().departements();
    return ref.communes().stream()
        .filter(x -> x.type() == TypeCommune.COMMUNE_ACTUELLE && !dedans.contains(x.code())
            && x.epci().map(e -> !epcis.contains(e)).orElse(true)
            && (departements.isEmpty() || departements.contains(x.departement())))
        .findFirst();
  }

  private static String codeInexistant(CodeDepartement departement, ReferentielTerritorial ref) {
    String d = departement.toString();
    for (int n = 999; n >= 0; n--) {
      String code = d.length() == 3 ? d + String.format(Locale.ROOT, "%02d", n % 100)
          : d + String.format(Locale.ROOT, "%03d", n);
      CodeCommune c = CodeCommune.parse(code);
      if (ref.commune(c).isEmpty() && ref.communeDelegueeOuAssociee(c).isEmpty()) {
        return code;
      }
    }
    throw new IllegalStateException("Every commune code of département " + d + " is taken");
  }

  private static String sirenSansEpci(ReferentielTerritorial ref) {
    for (int n = 10_000_000; ; n++) {
      Siren s = Siren.parse(GenerationRun.luhn(Integer.toString(n)));
      if (ref.epci(s).isEmpty()) {
        return s.toString();
      }
    }
  }
}
