package io.clsante.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.clsante.model.Contact;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.Coordination;
import io.clsante.model.FicheAction;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import io.clsante.testkit.Mutant;
import io.clsante.testkit.Mutation;
import io.clsante.testkit.Mutations;
import io.clsante.model.CodeList;
import io.clsante.model.DateCalendaire;
import io.clsante.model.EntiteCls;
import io.clsante.model.FrequenceReunion;
import io.clsante.model.Jalon;
import io.clsante.model.NatureIndicateur;
import io.clsante.model.NumerotationFiches;
import io.clsante.model.Periode;
import io.clsante.model.StatutFiche;
import io.clsante.model.Thematique;
import io.clsante.model.TypeDispositif;
import io.clsante.model.TypeEvaluation;
import io.clsante.model.UniteDuree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContratHtmlTest {
  private static final LocalDate DATE = ContratGenerator.DATE_DE_REFERENCE;
  private static final ClsValidator VALIDATOR = ClsValidator.builder().referenceDate(DATE).build();
  private static final HtmlOptions OPTIONS = HtmlOptions.defaults().withReferenceDate(DATE);

  static List<String> references() {
    return ContratsDeReference.noms();
  }

  /** Parses as a browser would, keeping the parse errors. */
  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("parse errors").isEmpty();
    return doc;
  }

  /** A text as a reader sees it: white space collapsed. */
  private static String text(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** What every page must be: readable alone, accessible, with every fiche and every dated bar. */
  private static void checkPage(ContratLocalDeSante contrat, Document doc, String lang) {
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(lang);
    assertThat(doc.select("h1").text()).isEqualTo(text(contrat.intitule()));
    assertThat(doc.select("script")).isEmpty();
    for (Element e : doc.select("[src], [href], link, iframe, object, embed, img")) {
      String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertThat(ref).as("reference of %s", e.tagName()).startsWith("#");
    }
    assertThat(doc.select("style").html()).doesNotContainIgnoringCase("url(http").doesNotContain("@import");
    for (Element table : doc.select("table")) {
      assertThat(table.select("> caption")).as("caption").hasSize(1);
      assertThat(table.select("th")).as("headers").isNotEmpty();
      assertThat(table.select("th").stream().allMatch(th -> th.hasAttr("scope"))).as("th scope").isTrue();
    }
    int dated = 0;
    for (var axe : contrat.axes()) {
      for (FicheAction f : axe.fiches()) {
        assertThat(doc.select("article.fiche h4").eachText()).contains(text(f.code() + " " + f.intitule()));
        dated += f.calendrier().isPresent() ? 1 : 0;
        dated += (int) f.operations().stream().filter(o -> o.calendrier().isPresent()).count();
      }
    }
    assertThat(doc.select("svg.gantt g.gantt-bar")).hasSize(dated);
    // Ids are unique, so every fragment reaches one part.
    assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    for (String href : doc.select("a[href]").eachAttr("href")) {
      assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
    }
  }

  @ParameterizedTest
  @MethodSource("references")
  void rendersEachReferenceContract(String nom) {
    byte[] json = ContratsDeReference.json(nom);
    ContratLocalDeSante contrat = ContratsDeReference.contrat(nom);
    Report report = VALIDATOR.validate(nom, json);
    Document doc = parse(ContratHtml.render(contrat, report, OPTIONS));
    checkPage(contrat, doc, "fr");
    assertThat(doc.select("h2").eachText()).contains("Territoire" + contrat.territoire().libelle().map(l -> " : " + l).orElse(""),
        "Signataires", "Gouvernance", "Plan d’action");
    assertThat(doc.select(".territory, #territory .tiles li").first().text())
        .startsWith(String.valueOf(contrat.territoire().communes().size()));
    // Every finding is on the page once, with its rule and pointer.
    assertThat(doc.select("li.finding")).hasSize(report.findings().size());
    assertThat(doc.select("li.finding").eachAttr("data-pointer"))
        .containsExactlyInAnyOrderElementsOf(report.findings().stream().map(Finding::pointer).toList());
    assertThat(doc.select(".counts .sev-warning .n").text()).isEqualTo(String.valueOf(report.findings().stream()
        .filter(f -> f.severity() == io.clsante.rules.Severity.WARNING).count()));
  }

  @Test
  void bothLanguagesHaveTheSameTexts() throws java.io.IOException {
    java.util.Properties fr = new java.util.Properties();
    java.util.Properties en = new java.util.Properties();
    try (var a = ContratHtml.class.getResourceAsStream("internal/messages_fr.properties");
        var b = ContratHtml.class.getResourceAsStream("internal/messages_en.properties")) {
      fr.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(fr).isNotEmpty();
    assertThat(en.keySet()).isEqualTo(fr.keySet());
  }

  @Test
  void rendersInEnglish() {
    ContratLocalDeSante contrat = ContratGenerator.standard().generate(42, 16);
    Document doc = parse(ContratHtml.render(contrat, VALIDATOR.validate(contrat),
        OPTIONS.withLocale(Locale.ENGLISH)));
    checkPage(contrat, doc, "en");
    // Amounts are in euros in every language.
    assertThat(doc.select("#budget").text()).contains("€").doesNotContain("£");
    assertThat(doc.select("#validation .counts").text()).contains("ERROR", "WARNING");
    assertThat(doc.select("h2").eachText()).contains("Signatories", "Governance", "Action plan", "Budget");
    assertThat(doc.select("h2").eachText()).doesNotContain("Signataires", "Plan d’action");
  }

  /** An event known as a span ("entre 2023 et 2025") shows both of its bounds; one known to the day, its day. */
  @Test
  void lifecycle_showsTheSpanOfAnEvent() throws Exception {
    ContratLocalDeSante contrat = ContratsDeReference.contrat("cls-astarac-2025-2029");
    Document doc = parse(ContratHtml.render(contrat, VALIDATOR.validate(contrat), OPTIONS));
    assertThat(doc.select("#lifecycle .when").eachText()).contains("2023 – 2025", "29 juin 2023", "13 novembre 2025");
  }

  @Test
  void withoutReportSaysSoAndShowsNoFinding() {
    ContratLocalDeSante contrat = ContratGenerator.standard().generate(3, 6);
    Document doc = parse(ContratHtml.render(contrat, HtmlOptions.defaults()));
    checkPage(contrat, doc, "fr");
    assertThat(doc.select("li.finding")).isEmpty();
    assertThat(doc.select("#validation").text()).contains("non validé");
    assertThat(doc.select("line.today")).isEmpty();
  }

  @Test
  void personalDataOnlyWhenAsked() {
    ContratLocalDeSante base = ContratsDeReference.contrat(ContratsDeReference.noms().get(0));
    Contact contact = Contact.builder().fonction("Coordination du contrat").nom("Prénom Nom-Fictif")
        .courriel("coordination@exemple.invalid").telephone("01 00 00 00 00").build();
    ContratLocalDeSante contrat = ContratLocalDeSante.builder().from(base)
        .coordination(Coordination.builder().from(base.coordination().orElse(Coordination.builder().build()))
            .contact(contact).build())
        .build();
    String redacted = ContratHtml.render(contrat, VALIDATOR.validate(contrat), OPTIONS);
    String shown = ContratHtml.render(contrat, VALIDATOR.validate(contrat), OPTIONS.withPersonalData(true));
    for (String personal : List.of("Prénom Nom-Fictif", "coordination@exemple.invalid", "01 00 00 00 00")) {
      assertThat(redacted).doesNotContain(personal);
      assertThat(parse(shown).select("#coordination .contact").text()).contains(personal);
    }
    assertThat(parse(redacted).select("#coordination .contact").text()).contains("Coordination du contrat");
    assertThat(parse(redacted).select("header .meta").text()).contains("données personnelles des contacts sont omises");
    assertThat(parse(shown).select("header .meta").text()).contains("contient des données personnelles");
  }

  @Test
  void placesFindingsBesideTheFicheTheyConcern() {
    ContratLocalDeSante contrat = ContratGenerator.standard().generate(11, 14);
    int placed = 0;
    Pattern fiche = Pattern.compile("^/axes/(\\d+)/fiches/(\\d+)(/.*)?$");
    for (Mutation mutation : Mutations.catalog(DATE)) {
      Optional<Mutant> mutant = mutation.apply(contrat);
      if (mutant.isEmpty()) {
        continue;
      }
      Report report = VALIDATOR.validate(mutation.nom(), mutant.get().json());
      Optional<ContratLocalDeSante> read = ClsJson.defaults().check(mutant.get().json()).contrat();
      if (read.isEmpty()) {
        continue;
      }
      Document doc = parse(ContratHtml.render(read.get(), report, OPTIONS));
      for (Finding f : report.findings()) {
        Matcher m = fiche.matcher(f.pointer());
        if (m.matches() && Integer.parseInt(m.group(1)) < read.get().axes().size()
            && Integer.parseInt(m.group(2)) < read.get().axes().get(Integer.parseInt(m.group(1))).fiches().size()) {
          String id = "fiche-" + (Integer.parseInt(m.group(1)) + 1) + "-" + (Integer.parseInt(m.group(2)) + 1);
          assertThat(doc.select("article#" + id + " li.finding").eachAttr("data-pointer"))
              .as("%s %s", mutation.nom(), f.pointer()).contains(f.pointer());
          placed++;
        }
      }
      // The summary at the top counts every finding, wherever it is placed.
      assertThat(doc.select("li.finding")).hasSize(report.findings().size());
    }
    assertThat(placed).as("findings on fiches among the mutations").isPositive();
  }

  @Test
  void drawsImpreciseBoundsAsBandsAndOpenEnds() {
    List<String> kinds = new ArrayList<>();
    for (long seed = 0; seed < 20; seed++) {
      ContratLocalDeSante contrat = ContratGenerator.standard().generate(seed, 20);
      Document doc = parse(ContratHtml.render(contrat, OPTIONS));
      for (var axe : contrat.axes()) {
        for (FicheAction f : axe.fiches()) {
          f.calendrier().ifPresent(p -> {
            Element bar = doc.selectFirst("svg.gantt g.gantt-bar.fiche[data-id=" + f.id() + "]");
            assertThat(bar).as(f.id()).isNotNull();
            assertThat(bar.select("rect.open")).as("open end of %s", p).hasSize(p.pasAvant() ? 1 : 0);
            boolean vague = p.debut().precision().compareTo(io.clsante.model.PrecisionDate.TRIMESTRE) >= 0
                || p.fin().map(d -> d.precision().compareTo(io.clsante.model.PrecisionDate.TRIMESTRE) >= 0).orElse(false);
            assertThat(bar.select("rect.band").isEmpty()).as("band of %s", p).isEqualTo(!vague);
            bar.select("rect").forEach(r -> kinds.add(r.className()));
          });
        }
      }
    }
    assertThat(kinds).contains("solid", "band", "open");
  }

  @Test
  void rendersGeneratedContractsWithoutException() {
    ContratGenerator generator = ContratGenerator.standard();
    for (long seed = 0; seed < 200; seed++) {
      ContratLocalDeSante contrat = generator.generate(seed, 1 + (int) (seed % 30));
      String html = ContratHtml.render(contrat, VALIDATOR.validate(contrat),
          seed % 2 == 0 ? OPTIONS : OPTIONS.withLocale(Locale.ENGLISH).withPersonalData(true));
      checkPage(contrat, parse(html), seed % 2 == 0 ? "fr" : "en");
    }
  }
  /** The example that uses every concept of the format. */
  private static final Path ALL_CONCEPTS = Path.of("../examples/concepts/tous-les-concepts.json");

  private static byte[] concepts() {
    try {
      return Files.readAllBytes(ALL_CONCEPTS);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads a document that is known to be readable. */
  private static ContratLocalDeSante read(byte[] json) {
    return ClsJson.defaults().check(json).contrat().orElseThrow();
  }

  private static Document renderConcepts(Locale locale, boolean personalData) {
    byte[] json = concepts();
    ContratLocalDeSante contrat = read(json);
    return parse(ContratHtml.render(contrat, VALIDATOR.validate("tous-les-concepts.json", json),
        OPTIONS.withLocale(locale).withPersonalData(personalData)));
  }

  /** A text of the page's bundle, as the page writes it. */
  private static String t(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle("io.clsante.html.internal.messages", locale).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  private static String label(CodeList code, Locale locale) {
    return code.label(locale);
  }

  /**
   * A property that the page of format 1.0 left out, where the page now shows it, and what it
   * shows of the concept document there, in a language.
   */
  record Shown(String property, String selector, Function<Locale, List<String>> texts) {
    @Override
    public String toString() {
      return property;
    }
  }

  /** The properties the page left out before it showed format 1.1, each with the place it has now. */
  static final List<Shown> SHOWN = List.of(
      new Shown("ContratLocalDeSante.numerotationFiches", "#identity dl",
          l -> List.of(t(l, "identity.numerotation"), label(NumerotationFiches.PAR_AXE, l))),
      new Shown("Periode.finPrs", "#identity dl", l -> List.of(t(l, "period.finPrs"))),
      new Shown("Periode.libelle", "#fiche-1-1 dl", l -> List.of("Pas avant le second semestre 2026")),
      new Shown("Periode.jalons", "#fiche-1-1 ul.milestones",
          l -> List.of("Lancement de l'appel à candidatures", "Premier bilan en comité technique")),
      new Shown("Territoire.millesimeCog", "#territory dl", l -> List.of(t(l, "territory.millesime"), "2026")),
      new Shown("Territoire.communes", "#territory .communes", l -> List.of("Commune A, 2A004")),
      new Shown("EpciTerritoire.population", "#territory table", l -> List.of(java.text.NumberFormat.getIntegerInstance(l == Locale.ENGLISH ? Locale.UK : Locale.FRANCE).format(12000))),
      new Shown("Signataire.dateSignatureApprochee", "#signatories table",
          l -> List.of(l == Locale.ENGLISH ? "December 2025" : "décembre 2025")),
      new Shown("Signataire.deliberation", "#signatories table", l -> List.of("Délibération n° 2025-042 du 2 octobre 2025")),
      new Shown("Instance.frequence", "#governance table",
          l -> List.of(label(FrequenceReunion.SELON_BESOINS, l).toLowerCase(l))),
      new Shown("ContratLocalDeSante.acteurs", "#actors table",
          l -> List.of("Association d'exemple", "RNA W321000017", "FINESS 320000011", "SIRET 20003575600010",
              "1 rue Exemple, 32000 Auch")),
      new Shown("FicheAction.thematiques", "#fiche-1-1 .tags", l -> List.of(label(Thematique.ATTRACTIVITE_DEMOGRAPHIE_MEDICALE, l))),
      new Shown("FicheAction.objectifStrategique", "#fiche-1-1 dl",
          l -> List.of(t(l, "fiche.objectifStrategique"), "1.1 Réduire les délais d'accès aux soins")),
      new Shown("FicheAction.objectifsSpecifiques", "#fiche-1-1 ul.objectives",
          l -> List.of(t(l, "fiche.objectifSpecifique") + " Faire connaître le territoire",
              t(l, "fiche.objectifOperationnel") + " Organiser une journée d'accueil par an")),
      new Shown("FicheAction.objectifsOperationnels", "#fiche-1-1 ul.objectives",
          l -> List.of(t(l, "fiche.objectifOperationnel") + " Tenir un stand au forum des internes")),
      new Shown("FicheAction.secteur", "#fiche-2-1 dl",
          l -> List.of(t(l, "fiche.secteur"), "Nord du territoire : Commune A, CC Astarac Arros en Gascogne")),
      new Shown("SecteurGeographique.toutLeTerritoire", "#fiche-1-1 dl", l -> List.of(t(l, "sector.whole"))),
      new Shown("FicheAction.objectifsPrs", "#fiche-1-1", l -> List.of(t(l, "fiche.objectifsPrs"),
          "PRS Occitanie : renforcer l'offre de premier recours")),
      new Shown("Indicateur.nature", "#fiche-1-1 table.indicators", l -> List.of(label(NatureIndicateur.QUALITATIF, l))),
      new Shown("Indicateur.calcul", "#fiche-1-1 table.indicators", l -> List.of("Somme des participants")),
      new Shown("Indicateur.source", "#fiche-1-1 table.indicators", l -> List.of("Feuilles d'émargement")),
      new Shown("Indicateur.operation", "#fiche-1-1 table.indicators",
          l -> List.of(t(l, "indicators.operation", "Journée d'accueil"))),
      new Shown("ValeurIndicateur.commentaire", "#fiche-1-1 table.indicators", l -> List.of("Cible cumulée")),
      new Shown("Operation.description", "#operation-1-1-1", l -> List.of("Visite du territoire.")),
      new Shown("Operation.statut", "#operation-1-1-1 dl", l -> List.of(label(StatutFiche.EN_COURS, l))),
      new Shown("Operation.porteurs", "#operation-1-1-1 dl", l -> List.of(t(l, "fiche.porteurs"),
          "Communauté de communes Astarac Arros en Gascogne, service santé", label(EntiteCls.COORDINATION, l))),
      new Shown("Operation.partenaires", "#operation-1-1-1 dl",
          l -> List.of(t(l, "fiche.partenaires"), "Centre hospitalier d'exemple", "CCAS, CH, CSAPA…")),
      new Shown("Operation.publicsCibles", "#operation-1-1-1 dl", l -> List.of(t(l, "fiche.publics"), "étudiants en santé")),
      new Shown("SecteurGeographique.horsTerritoire", "#operation-1-1-1 dl",
          l -> List.of(t(l, "sector.beyond", "Salon régional de recrutement"))),
      new Shown("Operation.financements", "#operation-1-1-1 table.fundings",
          l -> List.of(t(l, "operation.financements", "FA 1.1", "Journée d'accueil"))),
      new Shown("Financement.financeursAlternatifs", "#operation-1-1-1 table.fundings",
          l -> List.of(t(l, "funding.alternatives", "les collectivités locales"))),
      new Shown("Financement.fondsPropres", "#operation-1-1-1 table.fundings",
          l -> List.of(label(EntiteCls.CONTRAT, l) + ", " + t(l, "funding.ownFunds"))),
      new Shown("Financement.dispositif", "#operation-1-1-1 table.fundings",
          l -> List.of(label(TypeDispositif.FIR, l), "Fonds régional pour la santé des jeunes")),
      new Shown("Operation.indicateurs", "#operation-1-1-1 table.indicators",
          l -> List.of("Nombre de participants à la journée")),
      new Shown("Operation.resultatsAttendus", "#operation-1-1-1", l -> List.of("Une journée par an")),
      new Shown("ContratLocalDeSante.avenants", "#amendments table",
          l -> List.of("Ajout du centre hospitalier comme signataire", t(l, "amendments.notSigned"),
              l == Locale.ENGLISH ? "20 June 2026" : "20 juin 2026")),
      new Shown("ContratLocalDeSante.evaluations", "#evaluations table",
          l -> List.of(label(TypeEvaluation.ANNUELLE, l), "Première année de mise en œuvre.",
              "Journée d'accueil des jeunes praticiens")),
      new Shown("Clauses.modification", "#clauses", l -> List.of("Le contrat peut être modifié par avenant")),
      new Shown("Clauses.resiliation", "#clauses", l -> List.of("Chaque partie peut résilier le contrat")),
      new Shown("Clauses.preavisResiliation", "#clauses",
          l -> List.of("3 " + label(UniteDuree.MOIS, l).toLowerCase(l), "trois mois avant la date d'effet")),
      new Shown("Clauses.evaluation", "#clauses", l -> List.of(t(l, "clauses.parAction"),
          t(l, "clauses.instance", "Comité de pilotage"), "Bilan annuel de chaque action")));

  static Stream<Arguments> shownInEachLanguage() {
    return Stream.of(Locale.FRENCH, Locale.ENGLISH).flatMap(l -> SHOWN.stream().map(s -> Arguments.of(l, s)));
  }

  /** Each property that the page of format 1.0 left out is now on the page, in French and in English. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("shownInEachLanguage")
  void conceptDocument_showsEachPropertyOnceOmitted(Locale locale, Shown shown) {
    Document doc = locale == Locale.ENGLISH ? CONCEPTS_EN : CONCEPTS_FR;
    String text = text(doc.select(shown.selector()).text());
    assertThat(text).as("%s in %s", shown.property(), shown.selector()).isNotEmpty();
    for (String expected : shown.texts().apply(locale)) {
      assertThat(text).as("%s in %s", shown.property(), shown.selector()).contains(text(expected));
    }
  }

  private static final Document CONCEPTS_FR = renderConcepts(Locale.FRENCH, false);
  private static final Document CONCEPTS_EN = renderConcepts(Locale.ENGLISH, false);

  /** The concept document's page is a page like every other: accessible, alone, every fiche and bar. */
  @Test
  void conceptDocument_isACompletePage() {
    ContratLocalDeSante contrat = read(concepts());
    checkPage(contrat, CONCEPTS_FR, "fr");
    checkPage(contrat, CONCEPTS_EN, "en");
  }

  /**
   * Every text that the concept document holds is on its page, wherever it is: a walk of the
   * document's strings, leaving out the codes, identifiers, dates and official numbers (shown as
   * their labels, names and formats, checked above), the vendor data of "extensions" (not for
   * readers) and, unless asked, the contacts' personal data.
   */
  @Test
  void conceptDocument_showsEveryTextItHolds() {
    JsonNode root = JsonMapper.builder().build().readTree(concepts());
    Map<String, String> strings = new TreeMap<>();
    walk(root, "", strings);
    assertThat(strings).as("texts of the concept document").hasSizeGreaterThan(60);
    String shown = text(renderConcepts(Locale.FRENCH, true).body().text());
    String redacted = text(CONCEPTS_FR.body().text());
    for (Map.Entry<String, String> e : strings.entrySet()) {
      String pointer = e.getKey();
      if (pointer.contains("/extensions")) {
        continue;
      }
      assertThat(shown).as(pointer).contains(text(e.getValue()));
      boolean personal = pointer.matches(".*/contact/(nom|courriel|telephone)");
      assertThat(redacted.contains(text(e.getValue()))).as(pointer).isEqualTo(!personal);
    }
  }

  private static void walk(JsonNode node, String pointer, Map<String, String> strings) {
    if (node.isObject()) {
      node.properties().forEach(p -> walk(p.getValue(), pointer + "/" + p.getKey(), strings));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, strings);
      }
    } else if (node.isString() && isText(node.asString(), pointer)) {
      strings.put(pointer, node.asString());
    }
  }

  /** A string written for a reader, not a code, an identifier, a date or an official number. */
  private static boolean isText(String s, String pointer) {
    return !s.matches("[A-Z][A-Z0-9_]*") // a code, shown as its label
        && !s.matches("[a-z0-9]+(-[a-z0-9]+)*") // a local identifier, shown as what it names
        && !s.matches("\\d{4}(-(\\d{2}|T[1-4]|S[12]))?(-\\d{2})?") // a date, shown in the page's format
        && !s.matches("[0-9][0-9AB][0-9]*") // a code commune, SIREN, département, région: shown where they name
        && !pointer.equals("/formatVersion");
  }

  /** A milestone of the contract's period is a step of its life, in date order with the events. */
  @Test
  void lifecycle_showsTheMilestonesOfThePeriod() {
    ContratLocalDeSante base = read(concepts());
    Periode periode = Periode.builder().from(base.periode().orElseThrow())
        .addJalons(Jalon.builder().date(DateCalendaire.parse("2027-S2")).libelle("Évaluation à mi-parcours").build())
        .build();
    ContratLocalDeSante contrat = ContratLocalDeSante.builder().from(base).periode(periode).build();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      Document doc = parse(ContratHtml.render(contrat, OPTIONS.withLocale(locale)));
      Element milestone = doc.selectFirst("#lifecycle li.milestone");
      assertThat(milestone).isNotNull();
      assertThat(milestone.text()).contains(locale == Locale.ENGLISH ? "H2 2027" : "S2 2027",
          t(locale, "lifecycle.milestone"), "Évaluation à mi-parcours", t(locale, "lifecycle.planned"));
      // After the event of 2026 and with nothing after it: the steps are in date order.
      assertThat(doc.select("#lifecycle li").last()).isEqualTo(milestone);
    }
  }

  /** Milestones are on the calendar chart, solid when known to the month or day, hollow over a band otherwise. */
  @Test
  void planning_drawsMilestonesAtTheirPrecision() {
    Element bar = CONCEPTS_FR.selectFirst("svg.gantt g.gantt-bar[data-id=fa-1-1]");
    assertThat(bar).isNotNull();
    assertThat(bar.select("g.milestone")).hasSize(2);
    Element vague = bar.selectFirst("g.milestone.imprecise");
    Element precise = bar.selectFirst("g.milestone.precise");
    assertThat(vague.select("rect.milestone-band")).hasSize(1);
    assertThat(vague.select("title").text()).isEqualTo("S2 2026 : Lancement de l'appel à candidatures");
    assertThat(precise.select("rect.milestone-band")).isEmpty();
    assertThat(precise.select("title").text()).isEqualTo("mars 2027 : Premier bilan en comité technique");
    assertThat(CONCEPTS_EN.selectFirst("svg.gantt g.gantt-bar[data-id=fa-1-1] g.milestone.imprecise title").text())
        .isEqualTo("H2 2026: Lancement de l'appel à candidatures");
    // The operation's row leads to the operation.
    assertThat(CONCEPTS_FR.select("svg.gantt g.gantt-bar.operation[data-id=op-1-1-1]")).hasSize(1);
  }

  /** A finding on an operation is shown beside that operation, not only beside its fiche. */
  @Test
  void placesFindingsBesideTheOperationTheyConcern() {
    byte[] json = new String(concepts(), StandardCharsets.UTF_8)
        .replace("\"pilote\": \"cc-astarac-arros\"", "\"pilote\": \"acteur-inconnu\"")
        .getBytes(StandardCharsets.UTF_8);
    Report report = VALIDATOR.validate("tous-les-concepts.json", json);
    String pointer = "/axes/0/fiches/0/operations/0/pilote";
    assertThat(report.findings()).extracting(Finding::pointer).contains(pointer);
    Document doc = parse(ContratHtml.render(read(json), report, OPTIONS));
    assertThat(doc.select("section#operation-1-1-1 > aside li.finding").eachAttr("data-pointer")).contains(pointer);
    assertThat(doc.select("article#fiche-1-1 > aside li.finding").eachAttr("data-pointer")).doesNotContain(pointer);
  }
  /** The bytes are the page in UTF-8, accents, dashes and quotes included. */
  @Test
  void renderBytes_isThePageInUtf8() {
    byte[] json = concepts();
    ContratLocalDeSante contrat = read(json);
    Report report = VALIDATOR.validate("tous-les-concepts.json", json);
    for (HtmlOptions options : List.of(OPTIONS, OPTIONS.withLocale(Locale.ENGLISH))) {
      String page = ContratHtml.render(contrat, report, options);
      assertThat(page).contains("’", "–", "é");
      assertThat(ContratHtml.renderBytes(contrat, report, options)).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
    }
  }
  /** A fiche without fundings of its own counts those of its operations in the budget charts. */
  @Test
  void budget_countsTheOperationsOfAFicheWithoutFundings() {
    ContratLocalDeSante base = read(concepts());
    var axes = base.axes().stream().map(axe -> io.clsante.model.Axe.builder().from(axe)
        .fiches(axe.fiches().stream().map(f -> FicheAction.builder().from(f).financements(List.of()).build()).toList())
        .build()).toList();
    ContratLocalDeSante contrat = ContratLocalDeSante.builder().from(base).axes(axes).build();
    String before = text(CONCEPTS_FR.select("#budget table.data").first().text());
    String after = text(parse(ContratHtml.render(contrat, OPTIONS)).select("#budget table.data").first().text());
    String contractOwnFunds = label(EntiteCls.CONTRAT, Locale.FRENCH);
    // The fiche's own funding (ARS, 1,500 €) gives way to its operation's: a range counts for its lower bound.
    assertThat(before).contains("Agence régionale de santé Occitanie (ARS)").doesNotContain(contractOwnFunds);
    assertThat(after).contains(contractOwnFunds).doesNotContain("Agence régionale de santé Occitanie (ARS)");
    assertThat(after.replaceAll("[\\s\\u00a0\\u202f]", "")).contains("8000€");
  }
}
