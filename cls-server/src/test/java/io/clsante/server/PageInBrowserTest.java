package io.clsante.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.testkit.ContratGenerator;
import io.clsante.tableur.Metadonnees;
import io.clsante.tableur.ResultatImport;
import io.clsante.tableur.TetExport;
import io.clsante.tableur.TetImport;
import io.clsante.testkit.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validation page in a real browser: Debian's Chromium, headless, driven by playwright-core
 * ({@code tools/e2e/page-check.mjs}, installed by {@code .ci/setup}). Each reference example, the
 * document of every concept, a generated contract, one that breaks a business rule, one that is not
 * even JSON, and a plan in the spreadsheet template are dropped on the page served on a loopback
 * port; the script checks the findings shown against those the library gives (computed here), their
 * links to the lines of the document (for the plan, of the CLS document it became), the plan's
 * import notes, the summary (every fiche title, one timeline bar per dated fiche or operation), that
 * a file over the server's limit is refused before it is sent, and that no request leaves the machine. Screenshots are left in {@code target/e2e/}.
 */
class PageInBrowserTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path SCRIPT = ROOT.resolve("tools/e2e/page-check.mjs");
  static final Path OUT = Path.of("target/e2e").toAbsolutePath();
  static final String DATE = "2026-11-22";
  /** The server's request limit in this test: every document but one is below it. */
  static final int LIMIT = 1024 * 1024;
  static final ClsValidator VALIDATOR = ClsValidator.builder().referenceDate(LocalDate.parse(DATE)).build();

  @Test
  void eachDocumentDroppedOnThePage_showsItsFindingsLinkedToLinesAndItsSummary() throws Exception {
    String chromium = Optional.ofNullable(System.getenv("CLS_CHROMIUM")).orElse("/usr/bin/chromium");
    assertTrue(Files.isExecutable(Path.of(chromium)),
        chromium + " introuvable : les tests dans le navigateur exigent le Chromium de Debian (.ci/setup l'installe)");
    assertTrue(Files.isDirectory(ROOT.resolve("tools/e2e/node_modules/playwright-core")),
        "playwright-core absent : lancer .ci/setup (npm ci dans tools/e2e)");

    Path cases = OUT.resolve("cas");
    Files.createDirectories(cases);
    Map<String, byte[]> documents = documents();
    for (Map.Entry<String, byte[]> d : documents.entrySet()) {
      Files.write(cases.resolve(d.getKey() + ".json"), d.getValue());
      Files.writeString(cases.resolve(d.getKey() + ".attendu.json"), expected(d.getValue()).toString());
    }
    // A plan: a generated contract exported to the template, with the rest of the contract as the
    // metadata file the page sends beside it; the page must show its import.
    ContratLocalDeSante generated = ContratGenerator.standard().generate(5, 5);
    byte[] plan = TetExport.enOctets(generated);
    byte[] metadata = ClsJson.defaults().writeBytes(ContratLocalDeSante.builder().from(generated).axes(List.of()).build());
    Files.write(cases.resolve("plan-genere.xlsx"), plan);
    Files.write(cases.resolve("plan-genere.metadonnees.json"), metadata);
    ResultatImport imported = TetImport.defaults().withMetadonnees(Metadonnees.lire(metadata))
        .lire(new ByteArrayInputStream(plan));
    byte[] converted = ClsJson.defaults().writeBytes(imported.contrat());
    ObjectNode expectedPlan = expected(converted);
    expectedPlan.put("document", new String(converted, StandardCharsets.UTF_8));
    ArrayNode notes = expectedPlan.putArray("notes");
    imported.notes().forEach(n -> notes.add(n.cellule()));
    Files.writeString(cases.resolve("plan-genere.attendu.json"), expectedPlan.toString());
    // A file over the server's limit, which the page refuses before sending it.
    byte[] large = new byte[LIMIT + 1];
    java.util.Arrays.fill(large, (byte) ' ');
    Files.write(cases.resolve("trop-gros.json"), large);
    Files.writeString(cases.resolve("trop-gros.attendu.json"), JsonMapper.shared().createObjectNode()
        .put("date", DATE).put("refused", "dépasse la taille maximale de 1 Mio").toString());

    try (ClsServer server = ClsServer.start(new InetSocketAddress("127.0.0.1", 0),
        ServerLimits.defaults().withMaxRequestBytes(LIMIT))) {
      Process node = new ProcessBuilder("node", SCRIPT.toString(), server.uri().toString(), cases.toString(),
          OUT.toString(), chromium)
          .redirectErrorStream(true).start();
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(node.waitFor(5, TimeUnit.MINUTES), "the browser test did not end");
      System.out.println(output);
      assertEquals(0, node.exitValue(), output);
      assertTrue(output.contains(documents.size() + 2 + " document(s) vérifié(s)"), output);
    }
  }

  /** The documents dropped on the page, by name. */
  static Map<String, byte[]> documents() throws IOException {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("examples/contrats"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        documents.put(f.getFileName().toString().replace(".json", ""), Files.readAllBytes(f));
      }
    }
    documents.put("tous-les-concepts", Files.readAllBytes(ROOT.resolve("examples/concepts/tous-les-concepts.json")));
    ContratGenerator generator = ContratGenerator.standard();
    documents.put("genere-8-6", generator.generateJson(8, 6));
    // The first generated contract that is signed, without its ARS among the signatories.
    documents.put("sans-ars", java.util.stream.LongStream.rangeClosed(1, 100)
        .mapToObj(seed -> Mutations.nommee("ars-non-signataire").apply(generator.generate(seed, 4)))
        .flatMap(Optional::stream).findFirst().orElseThrow().json());
    documents.put("json-casse", "{\n  \"formatVersion\": \"1.1\",\n  \"identifiant\": \"cls-x\",\n  \"axes\": [\n}\n"
        .getBytes(StandardCharsets.UTF_8));
    return documents;
  }

  /**
   * What the page must show for a document: the library's findings (severity, rule, pointer, line),
   * the reference date to validate it at, and for a contract that can be read, its fiche titles and
   * the number of fiches and operations that have a calendar.
   */
  static ObjectNode expected(byte[] document) {
    ObjectNode expected = JsonMapper.shared().createObjectNode();
    expected.put("date", DATE);
    Report report = VALIDATOR.validate(document);
    ArrayNode findings = expected.putArray("findings");
    report.findings().forEach(f -> {
      ObjectNode o = findings.addObject();
      o.put("severity", f.severity().name());
      o.put("ruleId", f.ruleId());
      o.put("pointer", f.pointer());
      f.line().ifPresent(l -> o.put("line", l));
    });
    Optional<ContratLocalDeSante> contrat = ClsJson.defaults().check(document).contrat();
    expected.put("summary", contrat.isPresent());
    List<String> titles = new ArrayList<>();
    long dated = 0;
    if (contrat.isPresent()) {
      for (var axe : contrat.get().axes()) {
        for (var fiche : axe.fiches()) {
          titles.add(fiche.intitule());
          dated += (fiche.calendrier().isPresent() ? 1 : 0)
              + fiche.operations().stream().filter(o -> o.calendrier().isPresent()).count();
        }
      }
    }
    ArrayNode fiches = expected.putArray("fiches");
    titles.forEach(fiches::add);
    expected.put("bars", dated);
    return expected;
  }
}
