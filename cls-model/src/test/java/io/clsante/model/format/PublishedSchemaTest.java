package io.clsante.model.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.clsante.model.VersionFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published JSON Schema, {@code schema/cls/<version>/contrat.schema.json} at the root of the
 * repository, is the one {@code cls-codegen} generates from the annotated model while it compiles
 * ({@code io/clsante/model/format/contrat.schema.json} among the model's classes). The schema is
 * never edited by hand: change the model, then refresh the committed copy with
 * {@code mvn -B -o -pl cls-model test -Dtest=PublishedSchemaTest -Dcls.schema.write=true}.
 */
class PublishedSchemaTest {
  /** The generated schema, a resource of the model. */
  static final String GENERATED = "/io/clsante/model/format/contrat.schema.json";

  /** The committed copy, for other languages; the schema module bundles it. */
  static final Path PUBLISHED = Path.of("../schema/cls/" + VersionFormat.CURRENT + "/contrat.schema.json");

  @Test
  void publishedSchema_isTheOneGeneratedFromTheModel() throws IOException {
    byte[] generated;
    try (InputStream in = PublishedSchemaTest.class.getResourceAsStream(GENERATED)) {
      assertNotNull(in, GENERATED + " is not among the model's classes: is cls-codegen's SchemaProcessor enabled?");
      generated = in.readAllBytes();
    }
    if (Boolean.getBoolean("cls.schema.write")) {
      Files.createDirectories(PUBLISHED.getParent());
      Files.write(PUBLISHED, generated);
    }
    String refresh = PUBLISHED.normalize() + " differs from the schema generated from the model; never edit it by "
        + "hand: refresh it with mvn -B -o -pl cls-model test -Dtest=PublishedSchemaTest -Dcls.schema.write=true";
    byte[] published = Files.exists(PUBLISHED) ? Files.readAllBytes(PUBLISHED) : new byte[0];
    // Text first, for a readable difference; then bytes, for what the text comparison cannot see.
    assertEquals(new String(generated, StandardCharsets.UTF_8), new String(published, StandardCharsets.UTF_8),
        refresh);
    assertArrayEquals(generated, published, refresh);
  }

  /**
   * The schema of an earlier version stays as it was published: integrators pin it by its
   * {@code $id}. A minor version adds its own file beside it; the model's {@code @Since} and
   * {@code @OptionalSince} keep documents of the earlier version checked as that schema says.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource("1.0, " + "f557fa537552b61d835b7d6d998e6e8259e5c75c04e792c227448591252bda2d")
  void earlierSchemas_neverChange(String version, String sha256) throws IOException, NoSuchAlgorithmException {
    Path file = PUBLISHED.getParent().resolveSibling(version).resolve(PUBLISHED.getFileName());
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    assertEquals(sha256, HexFormat.of().formatHex(digest), file.normalize() + " was published: never change it");
  }
}
