package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's JavaScript example as a reader runs it: the block copied verbatim into
 * {@code valider.mjs} of a new npm project (a package of type {@code commonjs}, as
 * {@code npm init -y} writes it, with ajv 8 installed, here the build's own from {@code tools/ajv}),
 * the schema copied beside it, and node started from another directory.
 */
class ReadmeJavaScriptTest {
  static final Pattern JS_BLOCK = Pattern.compile("```js\n(.*?)```\n", Pattern.DOTALL);

  @TempDir
  Path tmp;
  Path script;
  /** Where node is started from: neither the project nor the documents' directory. */
  Path elsewhere;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void newNpmProject() throws IOException {
    Matcher block = JS_BLOCK.matcher(Files.readString(Fixtures.repoRoot().resolve("README.md")));
    assertTrue(block.find(), "README.md has a ```js block");
    String snippet = block.group(1);
    assertTrue(!block.find(), "README.md has one ```js block");

    Path project = Files.createDirectories(tmp.resolve("mon-projet"));
    Files.writeString(project.resolve("package.json"),
        "{\n  \"name\": \"mon-projet\",\n  \"version\": \"1.0.0\",\n  \"main\": \"index.js\",\n  \"type\": \"commonjs\"\n}\n");
    Files.createSymbolicLink(project.resolve("node_modules"), Fixtures.ajvDir().resolve("node_modules").toAbsolutePath());
    Files.copy(Fixtures.publishedSchema(), project.resolve("contrat.schema.json"));
    script = Files.writeString(project.resolve("valider.mjs"), snippet);
    elsewhere = Files.createDirectories(tmp.resolve("ailleurs"));
  }

  Run node(List<Path> documents) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    documents.forEach(d -> command.add(d.toString()));
    Process p = new ProcessBuilder(command).directory(elsewhere.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  @Test
  void theReferenceExamples_areValid_exitZero() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Fixtures.repoRoot().resolve("examples/contrats"))) {
      examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }

    Run r = node(examples);

    assertEquals(0, r.code, r.err);
    assertEquals(examples.stream().map(e -> e + " : valide\n").reduce("", String::concat), r.out);
  }

  @Test
  void anInvalidOrUnreadableDocument_isReported_exitOne() throws Exception {
    Path valid = Fixtures.repoRoot().resolve("examples/contrats/cls-gorges-causses-cevennes.json");
    Path sansIntitule = Files.writeString(tmp.resolve("sans-intitule.json"),
        Files.readString(valid).replaceFirst("\"intitule\"", "\"intitul\""));
    Path tronque = Files.writeString(tmp.resolve("tronque.json"), "{\"formatVersion\": \"1.0\"");

    Run r = node(List.of(sansIntitule, valid, tronque));

    assertEquals(1, r.code, r.err);
    List<String> lines = r.out.lines().toList();
    assertTrue(lines.contains(sansIntitule + " / required must have required property 'intitule'"
        + " {\"missingProperty\":\"intitule\"}"), r.out);
    assertTrue(lines.contains(valid + " : valide"), r.out);
    assertTrue(r.err.startsWith(tronque + " : illisible : "), r.err);
  }
}
