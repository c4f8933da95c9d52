package io.clsante.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.testkit.ContratsDeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path, as an application runs it: {@link ApplicationModulaire} is
 * launched with plain {@code java -p … -m io.clsante.compat/io.clsante.compat.ApplicationModulaire}
 * in a process of its own, on the java of the JVM this test runs in, with the application's
 * classes and its run-time dependencies as module path (the build sets it in
 * {@code cls.compat.module-path}) and no other option: no {@code --add-modules},
 * {@code --add-opens} or {@code --add-reads}, and no JUnit. The application validates, writes back
 * and renders as HTML (io.clsante.html, on jte's runtime) each contract.
 */
class ModulePathTest {

  /** The tests run with the module directory {@code compat/} as working directory. */
  private static final Path CONTRATS = Path.of("../examples/contrats");

  /** The result of one run of the application. */
  private record Run(int exitCode, List<String> out, String err) {}

  @Test
  void runsOnTheJdkItWasMeantFor() {
    // The jdk25 execution of compat/pom.xml runs these tests, and so the application, on JDK 25.
    int feature = Runtime.version().feature();
    assertEquals(Integer.getInteger("cls.compat.jdk", feature), feature);
  }

  @Test
  void theReferenceContractFiles_areValidated_andWrittenBackByteIdentical() throws Exception {
    Run run = launch(ContratsDeReference.noms().stream().map(nom -> CONTRATS.resolve(nom + ".json").toString()).toList());
    assertEquals(0, run.exitCode(), () -> "exit code; standard error: " + run.err() + "\n" + run.out());
    for (String nom : ContratsDeReference.noms()) {
      assertValidWithItsExpectedFindings(nom + ".json", nom, run);
    }
  }

  @Test
  void theTestkitsReferenceContracts_andTheModulesResolved() throws Exception {
    Run run = launch(List.of());
    assertEquals(0, run.exitCode(), () -> "exit code; standard error: " + run.err() + "\n" + run.out());
    // Read from the resources of the io.clsante.testkit module, without JUnit.
    for (String nom : ContratsDeReference.noms()) {
      assertValidWithItsExpectedFindings("testkit:" + nom, nom, run);
    }
    // The validation server answers on the module path: its page, a report, and a refusal whose
    // message comes from the module's own bundle.
    assertTrue(run.out().stream().anyMatch(l -> l.startsWith("serveur : page 200, validation 200 valide, refus 415 ")
        && l.contains("\"error\":\"unsupported-media-type\"") && l.contains("non accepté")), () -> run.out().toString());
    // The library's modules and their dependencies, each with its own module descriptor, but jte's
    // runtime, published without one and named in its manifest (Automatic-Module-Name), and two
    // dependencies of Apache POI (the server reads plans through io.clsante.tableur): SparseBitSet
    // and Commons Math, named after their jars; automatic modules read every module. The testkit's
    // optional JUnit dependency stays out.
    assertEquals(List.of(
        "module com.fasterxml.jackson.annotation",
        "module com.zaxxer.sparsebitset (automatique)",
        "module commons.math3 (automatique)",
        "module gg.jte.runtime (automatique)",
        "module io.clsante.compat",
        "module io.clsante.html",
        "module io.clsante.model",
        "module io.clsante.rules",
        "module io.clsante.schema",
        "module io.clsante.server",
        "module io.clsante.tableur",
        "module io.clsante.testkit",
        "module jakarta.validation",
        "module org.apache.commons.codec",
        "module org.apache.commons.collections4",
        "module org.apache.commons.compress",
        "module org.apache.commons.io",
        "module org.apache.commons.lang3",
        "module org.apache.logging.log4j",
        "module org.apache.poi.ooxml",
        "module org.apache.poi.ooxml.schemas",
        "module org.apache.poi.poi",
        "module org.apache.xmlbeans",
        "module org.eclipse.jetty.http",
        "module org.eclipse.jetty.io",
        "module org.eclipse.jetty.server",
        "module org.eclipse.jetty.util",
        "module org.slf4j",
        "module tools.jackson.core",
        "module tools.jackson.databind"),
        run.out().stream().filter(l -> l.startsWith("module ")).toList());
  }

  @Test
  void anInvalidContract_givesItsLocatedErrors_andExitCode1(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("exemple-errone.json");
    Files.writeString(file, "{\"formatVersion\": \"1.0\", \"identifiant\": \"cls-exemple\", \"intitule\": \"Exemple\","
        + " \"nature\": \"CLS\", \"statut\": \"SIGNE\", \"territoire\": {\"libelle\": \"Exemple\","
        + " \"communes\": [{\"code\": \"48019\", \"nom\": \"Barre-des-Cévennes\"}]}}", StandardCharsets.UTF_8);
    Run run = launch(List.of(file.toString()));
    assertEquals(1, run.exitCode(), () -> "exit code; standard error: " + run.err());
    assertEquals(List.of("ERROR CLS-SIG-001 /signataires", "ERROR CLS-SIG-002 /signataires",
        "WARNING CLS-AXE-001 /axes", "WARNING CLS-CYC-001 /periode", "WARNING CLS-CYC-001 /signataires"),
        findings("exemple-errone.json", run));
    assertTrue(run.out().contains("exemple-errone.json : invalide, 2 erreur(s)"), () -> run.out().toString());
  }

  @Test
  void aMissingFile_givesExitCode2() throws Exception {
    Run run = launch(List.of("absent.json"));
    assertEquals(2, run.exitCode());
    assertEquals("fichier introuvable : absent.json", run.err().strip());
  }

  /**
   * Checks that the application found the contract valid, wrote it back byte-identical and
   * reported exactly the findings of {@code examples/contrats/<nom>.findings.txt}, the ones the
   * library's own tests expect on the class path and the build's JDK.
   */
  private static void assertValidWithItsExpectedFindings(String source, String nom, Run run) throws IOException {
    assertTrue(run.out().stream().anyMatch(l -> l.startsWith(source + " : valide, ")
        && l.endsWith(", réécrit à l'identique")), () -> source + " in " + run.out());
    // Its HTML summary was rendered on the module path, with every fiche of the contract.
    long fiches = ContratsDeReference.contrat(nom).axes().stream().mapToLong(a -> a.fiches().size()).sum();
    assertTrue(run.out().contains(source + " : page HTML, " + fiches + " fiche(s)"), () -> source + " in " + run.out());
    List<String> expected = Files.readAllLines(CONTRATS.resolve(nom + ".findings.txt"), StandardCharsets.UTF_8);
    assertEquals(expected, findings(source, run), source);
  }

  /** The findings the application printed under the line of {@code source}, sorted. */
  private static List<String> findings(String source, Run run) {
    List<String> found = new ArrayList<>();
    boolean inside = false;
    for (String line : run.out()) {
      if (!line.startsWith("  ")) {
        inside = line.startsWith(source + " : ");
      } else if (inside) {
        found.add(line.strip());
      }
    }
    return found.stream().sorted().toList();
  }

  private static Run launch(List<String> files) throws IOException, InterruptedException {
    String modulePath = System.getProperty("cls.compat.module-path");
    assertTrue(modulePath != null && !modulePath.isBlank(), "cls.compat.module-path is set by the build (compat/pom.xml)");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // What the application prints is read back as UTF-8, whatever the machine's locale.
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
        "-p", modulePath,
        "-m", "io.clsante.compat/io.clsante.compat.ApplicationModulaire"));
    command.addAll(files);
    Path err = Files.createTempFile("cls-compat", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the application did not end");
      return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8).lines().toList(),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
