package io.clsante.testkit.oracles;

import io.clsante.model.VersionFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * ajv 8 as an oracle: {@code node tools/ajv/validate.mjs} (draft 2020-12, strict mode, all errors)
 * on the committed schema, run once on a batch of documents. The build installs ajv there with
 * {@code npm ci}; without Node.js the oracle fails, it never skips.
 */
final class AjvOracle {
  private static final Path SCRIPT = Path.of("..", "tools", "ajv", "validate.mjs");
  private static final Path WORK = Path.of("target", "oracles-ajv");

  /** ajv's verdict on one document: its errors, or why it could not check it. */
  record Verdict(List<Located> errors, String unreadable) {}

  private AjvOracle() {}

  /**
   * Validates documents with ajv, in one Node.js process.
   *
   * @param documents the documents by name
   * @return the verdicts by name, one for each document
   * @throws AssertionError if Node.js cannot run the script, the schema does not compile or a
   *     document gets no verdict
   */
  static Map<String, Verdict> validateAll(Map<String, byte[]> documents) throws IOException, InterruptedException {
    if (Files.exists(WORK)) {
      try (Stream<Path> old = Files.walk(WORK)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(WORK);
    List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
    // Each document against the schema of the version it declares.
    IntStream.rangeClosed(0, VersionFormat.CURRENT.minor()).mapToObj(minor -> NetworkntOracle.schemaFile(
        VersionFormat.parse(VersionFormat.SUPPORTED_MAJOR + "." + minor)).toString()).forEach(command::add);
    command.add("--");
    Map<String, String> names = new HashMap<>();
    int i = 0;
    for (Map.Entry<String, byte[]> d : documents.entrySet()) {
      Path file = WORK.resolve(String.format("%05d.json", i++));
      Files.write(file, d.getValue());
      command.add(file.toString());
      names.put(file.toString(), d.getKey());
    }
    Path errors = WORK.resolve("ajv.err");
    Process node;
    try {
      node = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    } catch (IOException e) {
      throw new AssertionError("Node.js introuvable : l'oracle ajv exige node dans le PATH (et npm ci dans tools/ajv,"
          + " que fait la construction Maven) — " + e.getMessage(), e);
    }
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new AssertionError("ajv did not finish in 120 s");
    }
    // 1 only says that a document could not be read, which its verdict tells.
    if (node.exitValue() > 1) {
      throw new AssertionError("ajv exited with " + node.exitValue() + ": " + Files.readString(errors));
    }
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        JsonNode v = JacksonOracle.MAPPER.readTree(line);
        verdicts.put(names.get(v.get("document").stringValue()), verdict(v));
      }
    }
    if (!verdicts.keySet().equals(documents.keySet())) {
      throw new AssertionError("ajv gave " + verdicts.size() + " verdicts for " + documents.size() + " documents: "
          + Files.readString(errors));
    }
    return verdicts;
  }

  private static Verdict verdict(JsonNode v) {
    if (v.has("error")) {
      return new Verdict(List.of(), v.get("error").asString());
    }
    List<Located> errors = new ArrayList<>();
    for (JsonNode e : v.get("errors").values()) {
      errors.add(new Located(e.get("instancePath").stringValue(), e.get("keyword").stringValue()));
    }
    return new Verdict(List.copyOf(errors), null);
  }
}
