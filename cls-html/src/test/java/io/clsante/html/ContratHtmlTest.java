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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
}
