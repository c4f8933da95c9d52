package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.VersionFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ClsJson#migrate(byte[])}: a document of an earlier minor version, rewritten without loss. */
class MigrationTest {
  private final ClsJson json = ClsJson.defaults();

  /** Canonical documents that declare 1.0: the reference contracts as format 1.0 published them. */
  static Stream<Path> documents10() throws IOException {
    List<Path> found;
    try (Stream<Path> files = Files.list(Path.of("../examples/format-1.0"))) {
      found = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(found.isEmpty(), "no document in examples/format-1.0");
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("documents10")
  void document10_isRewrittenIn11_changingItsVersionOnly(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    Migration m = json.migrate(original);
    assertEquals(List.of(), m.problems());
    assertEquals(Optional.of(VersionFormat.parse("1.0")), m.from());
    assertTrue(m.changed());
    String expected = new String(original, StandardCharsets.UTF_8)
        .replaceFirst("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"" + VersionFormat.CURRENT + "\"");
    assertEquals(expected, new String(m.document().orElseThrow(), StandardCharsets.UTF_8));
    ContratLocalDeSante before = json.read(original);
    assertEquals(before.toCurrentVersion(), json.read(m.document().orElseThrow()));
    assertEquals(VersionFormat.parse("1.0"), before.formatVersion());
  }

  @Test
  void currentDocument_isLeftAsItIs() throws IOException {
    byte[] original = Files.readAllBytes(ClsJsonRoundTripTest.ALL_CONCEPTS);
    Migration m = json.migrate(original);
    assertFalse(m.changed());
    assertEquals(Optional.of(VersionFormat.CURRENT), m.from());
    assertEquals(new String(original, StandardCharsets.UTF_8),
        new String(m.document().orElseThrow(), StandardCharsets.UTF_8));
  }

  @Test
  void unreadableDocument_isNotRewritten_andSaysWhy() {
    Migration m = json.migrate("{\"formatVersion\": \"1.0\", \"inconnue\": 1}".getBytes(StandardCharsets.UTF_8));
    assertFalse(m.changed());
    assertEquals(Optional.empty(), m.from());
    assertEquals(Optional.empty(), m.document());
    assertTrue(m.problems().stream().anyMatch(p -> p.pointer().isEmpty() && p.keyword().equals("required")),
        m.problems().toString());
    assertTrue(m.problems().stream().anyMatch(p -> p.keyword().equals("additionalProperties")), m.problems().toString());
  }

  @Test
  void currentVersion_ofACurrentContract_isTheSameInstance() throws IOException {
    ContratLocalDeSante c = json.read(ClsJsonRoundTripTest.ALL_CONCEPTS);
    assertTrue(c == c.toCurrentVersion());
  }
}
