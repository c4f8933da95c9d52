package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code tools/referentiel/convert.mjs} into a temporary directory and compares what it writes
 * with the committed resources: the compact index and parts and the properties byte for byte, the
 * public text file by its uncompressed content (another zlib may compress the same text
 * differently). Runs only where {@code tools/referentiel/node_modules} was installed
 * ({@code npm ci}, which {@code .ci/setup} does), as {@link Cog2026SourceTest}.
 */
class Cog2026ConverterTest {
  private static final Path TOOL = Path.of("..", "tools", "referentiel");
  private static final Path MAIN = Path.of("src", "main", "resources", "io", "clsante", "rules",
      "referentiel");
  private static final Path TEST = Path.of("src", "test", "resources", "io", "clsante", "rules",
      "referentiel");

  @TempDir
  static Path output;

  @BeforeAll
  static void convert() throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(TOOL.resolve("node_modules")), () -> TOOL.toAbsolutePath()
        .normalize() + "/node_modules absent : lancer « npm ci » dans tools/referentiel");
    Process node;
    try {
      node = new ProcessBuilder("node", "convert.mjs", "--out", output.toAbsolutePath().toString())
          .directory(TOOL.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("Node.js introuvable : la vérification du référentiel exige node"
          + " dans le PATH — " + e.getMessage(), e);
    }
    String log = new String(node.getInputStream().readAllBytes());
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new AssertionError("convert.mjs n'a pas fini en 120 s");
    }
    assertEquals(0, node.exitValue(), log);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheCommittedIndexAndProperties() throws IOException {
    for (String name : List.of("cog-2026.bin", "cog-2026.properties")) {
      assertArrayEquals(Files.readAllBytes(MAIN.resolve(name)),
          Files.readAllBytes(output.resolve(name)), name);
    }
  }

  @Test
  void writesTheCommittedPartsAndNoOther() throws IOException {
    List<String> parts = names(MAIN.resolve("cog-2026"));
    assertEquals(parts, names(output.resolve("cog-2026")));
    for (String part : parts) {
      assertArrayEquals(Files.readAllBytes(MAIN.resolve("cog-2026").resolve(part)),
          Files.readAllBytes(output.resolve("cog-2026").resolve(part)), part);
    }
  }

  @Test
  void writesTheCommittedPublicText() throws IOException {
    assertArrayEquals(gunzip(TEST.resolve("cog-2026.tsv.gz")),
        gunzip(output.resolve("cog-2026.tsv.gz")));
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
