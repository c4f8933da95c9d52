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
import org.junit.jupiter.api.Test;

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
}
