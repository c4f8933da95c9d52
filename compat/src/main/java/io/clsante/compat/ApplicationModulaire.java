package io.clsante.compat;

import io.clsante.html.ContratHtml;
import io.clsante.html.HtmlOptions;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.rules.Severity;
import io.clsante.server.ClsServer;
import io.clsante.server.ServerLimits;
import io.clsante.testkit.ContratGenerator;
import io.clsante.testkit.ContratsDeReference;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Validates contracts as an application on the module path would: each file is validated and its
 * findings listed (severity, rule id and pointer, as in {@code examples/contrats/*.findings.txt}),
 * then, when valid, read and written back, which must give its bytes again, and rendered as an HTML
 * summary with its findings (the number of fiches on the page is printed); without files, the
 * testkit's reference contracts (resources of the {@code io.clsante.testkit} module) go the same
 * way. Then it starts the validation server on a loopback port and posts the first contract to its
 * API (its page, messages and OpenAPI description are resources of the {@code io.clsante.server}
 * module). Last, it lists the modules the JVM resolved besides the JDK's, each marked when it is an
 * automatic module (a jar without a module descriptor).
 *
 * <p>Run: {@code java -p <the application and the library's jars> -m
 * io.clsante.compat/io.clsante.compat.ApplicationModulaire examples/contrats/cls-astarac-2025-2029.json}.
 * Exit code 0 when every contract is valid, 1 when one has an ERROR, 2 for a missing file.
 */
public final class ApplicationModulaire {
  private ApplicationModulaire() {}

  /**
   * Entry point.
   *
   * @param args the files to validate; none for the testkit's reference contracts
   */
  public static void main(String[] args) {
    System.exit(run(Arrays.stream(args).map(Path::of).toList(), System.out, System.err));
  }

  /**
   * Validates the files, or the testkit's reference contracts, prints one line for each, then the
   * modules.
   *
   * @param files the files to validate; none for the testkit's reference contracts
   * @param out where the report goes
   * @param err where a missing file is reported
   * @return the exit code: 0 when all are valid, 1 when one has an ERROR, 2 for a missing file
   */
  static int run(List<Path> files, PrintStream out, PrintStream err) {
    ClsValidator validator = ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
    int code = 0;
    try {
      for (Path file : files) {
        code = Math.max(code, check(file.getFileName().toString(), Files.readAllBytes(file), validator, out));
      }
      if (files.isEmpty()) {
        for (String nom : ContratsDeReference.noms()) {
          code = Math.max(code, check("testkit:" + nom, ContratsDeReference.json(nom), validator, out));
        }
      }
      byte[] first = files.isEmpty() ? ContratsDeReference.json(ContratsDeReference.noms().get(0))
          : Files.readAllBytes(files.get(0));
      serve(first, out);
    } catch (NoSuchFileException e) {
      err.println("fichier introuvable : " + e.getFile());
      return 2;
    } catch (IOException e) {
      err.println("lecture impossible : " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
    ModuleLayer.boot().modules().stream()
        .map(Module::getDescriptor)
        .filter(d -> !d.name().startsWith("java.") && !d.name().startsWith("jdk."))
        .sorted()
        .map(d -> "module " + d.name() + (d.isAutomatic() ? " (automatique)" : ""))
        .forEach(out::println);
    return code;
  }

  /** Posts a contract to the validation server, started on a free loopback port, and prints its answers. */
  private static void serve(byte[] json, PrintStream out) throws IOException, InterruptedException {
    try (ClsServer server = ClsServer.start(new InetSocketAddress("127.0.0.1", 0), ServerLimits.defaults())) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.uri()).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> report = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/validate"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> refused = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/validate"))
          .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
          HttpResponse.BodyHandlers.ofString());
      out.printf("serveur : page %d, validation %d %s, refus %d %s%n", page.statusCode(), report.statusCode(),
          report.body().contains("\"valid\":true") ? "valide" : "invalide", refused.statusCode(), refused.body());
    }
  }

  private static int check(String source, byte[] json, ClsValidator validator, PrintStream out) {
    Report report = validator.validate(source, json);
    int code;
    if (report.isValid()) {
      ContratLocalDeSante contrat;
      try {
        contrat = ClsJson.defaults().read(json);
      } catch (ClsJsonException e) {
        throw new IllegalStateException(source + " is valid but cannot be read: " + e.getMessage(), e);
      }
      boolean identique = Arrays.equals(json, ClsJson.defaults().writeBytes(contrat));
      out.printf("%s : valide, %d avertissement(s), %s%n", source, report.count(Severity.WARNING),
          identique ? "réécrit à l'identique" : "réécrit autrement");
      // The page, rendered by jte's runtime from the templates compiled into io.clsante.html.
      String page = ContratHtml.render(contrat, report, HtmlOptions.defaults());
      out.printf("%s : page HTML, %d fiche(s)%n", source, page.split("<article class=\"fiche\"", -1).length - 1);
      code = identique ? 0 : 1;
    } else {
      out.printf("%s : invalide, %d erreur(s)%n", source, report.count(Severity.ERROR));
      code = 1;
    }
    // One line per finding, as in examples/contrats/*.findings.txt: severity, rule id, pointer.
    report.findings().forEach(f -> out.println("  " + f.severity() + " " + f.ruleId() + " "
        + (f.pointer().isEmpty() ? "/" : f.pointer())));
    return code;
  }
}
