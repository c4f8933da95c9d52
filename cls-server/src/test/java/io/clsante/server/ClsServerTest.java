package io.clsante.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.tableur.ResultatImport;
import io.clsante.tableur.TetExport;
import io.clsante.tableur.TetImport;
import io.clsante.testkit.ContratGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ClsServerTest {
  static final Path EXAMPLES = Path.of("../examples/contrats");
  static final String DATE = "2026-11-22";
  static final ClsValidator VALIDATOR = ClsValidator.builder().referenceDate(LocalDate.parse(DATE)).build();

  static ClsServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = ClsServer.start(new InetSocketAddress("127.0.0.1", 0), ServerLimits.defaults().withMaxRequestBytes(64 * 1024));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Path> referenceExamples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static List<String> findings(Report report) {
    return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.pointer()
        + (f.line().isPresent() ? " L" + f.line().getAsInt() : "")).toList();
  }

  static List<String> findings(JsonNode report) {
    List<String> list = new ArrayList<>();
    report.get("findings").forEach(f -> list.add(f.get("severity").asString() + " " + f.get("ruleId").asString()
        + " " + f.get("pointer").asString() + (f.has("line") ? " L" + f.get("line").asInt() : "")));
    return list;
  }

  /** Parses as a browser would, failing on any parse error. */
  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document page = Jsoup.parse(html, "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "parse errors");
    return page;
  }

  @ParameterizedTest
  @MethodSource("referenceExamples")
  void validate_bodyOrForm_givesTheLibrarysReport(Path example) throws Exception {
    byte[] bytes = Files.readAllBytes(example);
    List<String> expected = findings(VALIDATOR.validate(bytes));

    HttpResponse<String> body = http.post("/api/v1/validate?date=" + DATE, "application/json", bytes);
    assertEquals(200, body.statusCode());
    assertTrue(body.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals(expected, findings(Http.json(body)));

    String name = example.getFileName().toString();
    HttpResponse<String> form = http.postFile("/api/v1/validate?date=" + DATE, "document", name, bytes);
    assertEquals(200, form.statusCode());
    assertEquals(expected, findings(Http.json(form)));
    assertEquals(name, Http.json(form).get("source").asString());
  }

  /**
   * A plan in the spreadsheet template, as the body or as the page's form: imported, then validated
   * as the CLS document it becomes, which the answer carries with the import's notes; its summary.
   */
  @Test
  void plan_isImportedThenValidated_andRendered() throws Exception {
    var contrat = ContratGenerator.standard().generate(5, 5);
    byte[] plan = TetExport.enOctets(contrat);
    ResultatImport imported = TetImport.defaults().lire(new java.io.ByteArrayInputStream(plan));
    byte[] converted = io.clsante.model.json.ClsJson.defaults().writeBytes(imported.contrat());
    List<String> expected = findings(VALIDATOR.validate(converted));

    for (HttpResponse<String> response : List.of(
        http.post("/api/v1/validate?date=" + DATE, Upload.XLSX, plan),
        http.postFile("/api/v1/validate?date=" + DATE, "document", "plan.xlsx", plan))) {
      assertEquals(200, response.statusCode(), response.body());
      JsonNode report = Http.json(response);
      assertEquals(expected, findings(report));
      assertEquals(new String(converted, StandardCharsets.UTF_8), report.get("document").asString());
      List<String> cells = new ArrayList<>();
      report.get("import").forEach(n -> cells.add(n.get("cell").asString()));
      assertEquals(imported.notes().stream().map(n -> n.cellule()).toList(), cells);
    }
    // With the metadata file in the form, the contract keeps the identity and territory it gives.
    byte[] metadata = io.clsante.model.json.ClsJson.defaults().writeBytes(
        io.clsante.model.ContratLocalDeSante.builder().from(contrat).axes(List.of()).build());
    HttpResponse<String> completed = http.post("/api/v1/validate?date=" + DATE, "multipart/form-data; boundary=" + Http.BOUNDARY,
        Http.form(new Http.Part("document", "plan.xlsx", plan), new Http.Part(Upload.METADATA, "meta.json", metadata)));
    assertEquals(200, completed.statusCode(), completed.body());
    JsonNode completedReport = Http.json(completed);
    assertTrue(completedReport.get("document").asString().contains("\"identifiant\": \"" + contrat.identifiant() + "\""),
        completedReport.get("document").asString());
    HttpResponse<String> badMetadata = http.post("/api/v1/validate", "multipart/form-data; boundary=" + Http.BOUNDARY,
        Http.form(new Http.Part("document", "plan.xlsx", plan), new Http.Part(Upload.METADATA, "meta.json",
            "[1, 2]".getBytes(StandardCharsets.UTF_8))));
    assertEquals(422, badMetadata.statusCode(), badMetadata.body());
    assertEquals("unreadable-metadata", Http.json(badMetadata).get("error").asString());

    HttpResponse<String> sarif = http.post("/api/v1/validate?format=sarif", Upload.XLSX, plan);
    assertEquals("2.1.0", Http.json(sarif).get("version").asString());

    HttpResponse<String> page = http.postFile("/api/v1/render?date=" + DATE, "document", "plan.xlsx", plan);
    assertEquals(200, page.statusCode());
    String text = parse(page.body()).text();
    contrat.axes().forEach(a -> a.fiches().forEach(f -> assertTrue(text.contains(f.intitule()), f.intitule())));
  }

  @Test
  void validate_brokenJson_isAReportThatLocatesTheProblem() throws Exception {
    HttpResponse<String> response = http.post("/api/v1/validate", "application/json",
        "{\n  \"formatVersion\": \"1.1\",\n  \"identifiant\": \n}".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode());
    JsonNode report = Http.json(response);
    assertFalse(report.get("valid").asBoolean());
    JsonNode first = report.get("findings").get(0);
    assertTrue(first.get("ruleId").asString().startsWith("CLS-JSON"), first.toString());
    assertEquals(4, first.get("line").asInt());
  }

  @Test
  void validate_inSarif_byParameterOrAccept() throws Exception {
    byte[] bytes = Files.readAllBytes(referenceExamples().findFirst().orElseThrow());
    HttpResponse<String> byParameter = http.post("/api/v1/validate?format=sarif", "application/json", bytes);
    assertEquals(200, byParameter.statusCode());
    assertTrue(byParameter.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sarif+json"));
    assertEquals("2.1.0", Http.json(byParameter).get("version").asString());

    HttpResponse<String> byAccept = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/validate"))
        .header("Content-Type", "application/json").header("Accept", "application/sarif+json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    assertEquals("2.1.0", Http.json(byAccept).get("version").asString());
  }

  @Test
  void validate_inEnglish_andUnderAnotherProfile() throws Exception {
    byte[] bytes = Files.readAllBytes(EXAMPLES.resolve("cls-astarac-2025-2029.json"));
    JsonNode fr = Http.json(http.post("/api/v1/validate?date=" + DATE, "application/json", bytes));
    JsonNode en = Http.json(http.post("/api/v1/validate?lang=en&date=" + DATE, "application/json", bytes));
    assertEquals(findings(fr), findings(en));
    assertFalse(fr.get("findings").get(0).get("message").asString().equals(en.get("findings").get(0).get("message").asString()));
    Report occitanie = ClsValidator.builder().referenceDate(LocalDate.parse(DATE))
        .profile(io.clsante.rules.Profile.occitanie()).build().validate(bytes);
    assertEquals(findings(occitanie),
        findings(Http.json(http.post("/api/v1/validate?profile=occitanie&date=" + DATE, "application/json", bytes))));
  }

  @ParameterizedTest
  @MethodSource("referenceExamples")
  void render_givesTheSummaryPage(Path example) throws Exception {
    HttpResponse<String> response = http.postFile("/api/v1/render?date=" + DATE, "document",
        example.getFileName().toString(), Files.readAllBytes(example));
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    Document page = parse(response.body());
    assertEquals("fr", page.selectFirst("html").attr("lang"));
    assertFalse(page.title().isBlank());
    assertTrue(page.select("script, link[href], img[src^=http]").isEmpty(), "no script, no external reference");
  }

  @Test
  void render_generatedContract_drawsOneBarPerDatedFicheOrOperation() throws Exception {
    ContratGenerator generator = ContratGenerator.standard();
    var contrat = generator.generate(8, 6);
    long dated = contrat.axes().stream().flatMap(a -> a.fiches().stream())
        .mapToLong(f -> (f.calendrier().isPresent() ? 1 : 0)
            + f.operations().stream().filter(o -> o.calendrier().isPresent()).count())
        .sum();
    HttpResponse<String> response = http.post("/api/v1/render?lang=en", "application/json", generator.generateJson(8, 6));
    assertEquals(200, response.statusCode());
    Document page = parse(response.body());
    assertEquals("en", page.selectFirst("html").attr("lang"));
    assertEquals(dated, page.select("svg.gantt g.gantt-bar").size());
  }

  @Test
  void render_unreadableDocument_is422WithItsReport() throws Exception {
    HttpResponse<String> response = http.post("/api/v1/render", "application/json", "[1, 2".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, response.statusCode());
    JsonNode error = Http.json(response);
    assertEquals("unreadable-document", error.get("error").asString());
    assertFalse(error.get("report").get("valid").asBoolean());
    assertEquals(1, error.get("report").get("findings").get(0).get("line").asInt());
  }

  @Test
  void schema_rules_health_openapi() throws Exception {
    HttpResponse<String> schema = http.get("/api/v1/schema");
    assertTrue(schema.headers().firstValue("Content-Type").orElseThrow().startsWith("application/schema+json"));
    assertTrue(Http.json(schema).get("$id").asString().contains("1.1"));
    assertTrue(Http.json(http.get("/api/v1/schema?version=1.0")).get("$id").asString().contains("1.0"));

    JsonNode rules = Http.json(http.get("/api/v1/rules?profile=occitanie&lang=en"));
    assertEquals(io.clsante.rules.RuleCatalog.builtIn().rules().size(), rules.size());
    assertEquals(io.clsante.rules.RuleCatalog.builtIn().toJsonNode(io.clsante.rules.Profile.occitanie(),
        java.util.Locale.ENGLISH), rules);

    JsonNode health = Http.json(http.get("/health"));
    assertEquals("UP", health.get("status").asString());

    JsonNode openapi = Http.json(http.get("/api/v1/openapi.json"));
    assertEquals("3.1.0", openapi.get("openapi").asString());
  }

  /** Every operation the OpenAPI description lists answers, with the method it gives; none is missing. */
  @Test
  void openapi_describesEveryRoute() throws Exception {
    JsonNode paths = Http.json(http.get("/api/v1/openapi.json")).get("paths");
    List<String> described = new ArrayList<>();
    for (var path : paths.properties()) {
      for (var operation : path.getValue().properties()) {
        described.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
        HttpResponse<String> response = operation.getKey().equals("get") ? http.get(path.getKey())
            : http.post(path.getKey(), "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 422, path.getKey() + " " + response.statusCode());
      }
    }
    assertEquals(List.of("POST /api/v1/validate", "POST /api/v1/render", "GET /api/v1/schema", "GET /api/v1/rules",
        "GET /api/v1/openapi.json", "GET /health"), described);
  }

  @Test
  void page_isFrenchAndLoadsOnlyItsOwnFiles() throws Exception {
    HttpResponse<String> response = http.get("/");
    assertEquals(200, response.statusCode());
    Document page = parse(response.body());
    assertEquals("fr", page.selectFirst("html").attr("lang"));
    assertEquals(List.of("/cls.js"), page.select("script[src]").eachAttr("src"));
    assertEquals(List.of("/cls.css"), page.select("link[rel=stylesheet]").eachAttr("href"));
    assertTrue(page.select("script:not([src])").isEmpty(), "no inline script, which the policy forbids");
    assertEquals(200, http.get("/cls.js").statusCode());
    assertTrue(http.get("/cls.css").headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
  }

  static Stream<Arguments> badRequests() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] big = new byte[65 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    String form = "multipart/form-data; boundary=" + Http.BOUNDARY;
    return Stream.of(
        Arguments.of("texte", "POST", "/api/v1/validate", "text/plain", json, 415, "unsupported-media-type"),
        Arguments.of("sans type", "POST", "/api/v1/validate", null, json, 415, "missing-media-type"),
        Arguments.of("plan illisible", "POST", "/api/v1/validate", Upload.XLSX, json, 422, "unreadable-plan"),
        Arguments.of("plan tronqué", "POST", "/api/v1/validate", Upload.XLSX,
            java.util.Arrays.copyOf(TetExport.enOctets(ContratGenerator.standard().generate(1, 3)), 3000), 422, "unreadable-plan"),
        Arguments.of("CSV nommé .xlsx", "POST", "/api/v1/render", form,
            Http.form(new Http.Part("document", "plan.xlsx", "Axe (x);Titre\n1;Accès".getBytes(StandardCharsets.UTF_8))),
            422, "unreadable-plan"),
        Arguments.of("formulaire sans fichier", "POST", "/api/v1/validate", form,
            Http.form(new Http.Part("note", null, json)), 400, "no-file"),
        Arguments.of("deux fichiers", "POST", "/api/v1/validate", form,
            Http.form(new Http.Part("a", "a.json", json), new Http.Part("b", "b.json", json)), 400, "several-files"),
        Arguments.of("formulaire mal formé", "POST", "/api/v1/validate", form, json, 400, "bad-form"),
        Arguments.of("GET sur validate", "GET", "/api/v1/validate", null, null, 405, "method-not-allowed-here"),
        Arguments.of("POST sur health", "POST", "/health", "application/json", json, 405, "method-not-allowed-here"),
        Arguments.of("adresse inconnue", "GET", "/api/v2/validate", null, null, 404, "not-found"),
        Arguments.of("langue", "GET", "/api/v1/rules?lang=de", null, null, 400, "bad-language"),
        Arguments.of("format", "POST", "/api/v1/validate?format=xml", "application/json", json, 400, "bad-format"),
        Arguments.of("profil", "POST", "/api/v1/validate?profile=bretagne", "application/json", json, 400, "unknown-profile"),
        Arguments.of("date", "POST", "/api/v1/render?date=22/11/2026", "application/json", json, 400, "bad-date"),
        Arguments.of("version du format", "GET", "/api/v1/schema?version=9.9", null, null, 400, "unknown-format-version"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void badRequest_getsAClearJsonError(String name, String method, String path, String contentType, byte[] body,
      int status, String code) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response = http.send(request.build());
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonNode error = Http.json(response);
    assertEquals(status, error.get("status").asInt());
    assertEquals(code, error.get("error").asString());
    String message = error.get("message").asString();
    assertFalse(message.isBlank() || message.contains("{0}") || message.contains("Exception"), message);
    assertFalse(message.contains(System.getProperty("java.io.tmpdir")), "no path of the server in " + message);
    assertSecurityHeaders(response);
  }

  /**
   * A body whose declared length is over the limit is refused as soon as the headers arrive: the
   * client, which sends the headers alone here, gets the 413 without sending the body (a client
   * that goes on sending may see its connection closed before it reads the answer).
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/validate application/json", "/api/v1/render multipart/form-data;boundary=x"})
  void declaredLengthOverTheLimit_is413BeforeTheBody(String route) throws Exception {
    String[] parts = route.split(" ");
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.getOutputStream().write(("POST " + parts[0] + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + parts[1]
          + "\r\nContent-Length: " + (65 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
      assertTrue(answer.contains("\"error\":\"too-large\""), answer);
      assertTrue(answer.contains("taille maximale de 64 Kio"), answer);
    }
  }

  /** A chunked body, whose length is not declared, is refused with 413 once it passes the limit. */
  @Test
  void chunkedBodyOverTheLimit_is413() throws Exception {
    int size = 64 * 1024 + 16;
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(" ".repeat(size).getBytes(StandardCharsets.US_ASCII));
      out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
      assertTrue(answer.contains("\"error\":\"too-large\""), answer);
    }
  }

  @Test
  void everyAnswer_carriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/cls.js", "/health", "/api/v1/rules", "/nope")) {
      assertSecurityHeaders(http.get(path));
    }
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
        && policy.contains("default-src 'none'"), policy);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(response.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
    assertTrue(response.headers().firstValue("Server").isEmpty(), "no server version");
  }

  /** A request whose work outlasts the limit gets 503 and a JSON error, not a hung connection. */
  @Test
  void workBeyondTheTimeLimit_is503() throws Exception {
    try (ClsServer hasty = ClsServer.start(new InetSocketAddress("127.0.0.1", 0),
        ServerLimits.defaults().withRequestTimeout(Duration.ofNanos(1)))) {
      HttpResponse<String> response = new Http(hasty.uri()).post("/api/v1/render", "application/json",
          ContratGenerator.standard().generateJson(3, 200));
      assertEquals(503, response.statusCode());
      assertEquals("timeout", Http.json(response).get("error").asString());
    }
  }

  /**
   * With one request at a time and a short wait, a second request while the first is still sending its
   * body is refused with 503 once its wait is over.
   */
  @Test
  void requestsBeyondTheConcurrencyLimit_are503() throws Exception {
    try (ClsServer narrow = ClsServer.start(new InetSocketAddress("127.0.0.1", 0),
        ServerLimits.defaults().withMaxConcurrentRequests(1).withMaxWait(Duration.ofMillis(50)));
        Socket slow = new Socket("127.0.0.1", narrow.uri().getPort())) {
      OutputStream out = slow.getOutputStream();
      out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Http client = new Http(narrow.uri());
      HttpResponse<String> refused = null;
      for (int attempt = 0; attempt < 100 && refused == null; attempt++) {
        HttpResponse<String> response = client.get("/health");
        if (response.statusCode() == 503) {
          refused = response;
        } else {
          Thread.sleep(20);
        }
      }
      assertTrue(refused != null, "the second request is refused while the first holds the only place");
      assertEquals("busy", Http.json(refused).get("error").asString());
      out.write(new byte[99]);
      out.flush();
      InputStream in = slow.getInputStream();
      assertTrue(new String(in.readNBytes(12), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"));
    }
  }
}
