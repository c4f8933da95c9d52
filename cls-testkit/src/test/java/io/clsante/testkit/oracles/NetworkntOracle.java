package io.clsante.testkit.oracles;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * networknt json-schema-validator as an oracle: the committed schema, draft 2020-12, networknt's
 * defaults (its regular expressions run on {@code java.util.regex}), nothing fetched.
 */
final class NetworkntOracle {
  /** The published schema, as committed. */
  static final Path SCHEMA_FILE = Path.of("..", "schema", "cls", "1.0", "contrat.schema.json");

  private static final Schema SCHEMA = compile();

  private NetworkntOracle() {}

  private static Schema compile() {
    String text;
    try {
      text = Files.readString(SCHEMA_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String id = JacksonOracle.MAPPER.readTree(text).get("$id").stringValue();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
        .schemaLoader(loader -> loader.fetchRemoteResources(false))
        .schemas(Map.of(id, text)));
    Schema schema = registry.getSchema(SchemaLocation.of(id));
    schema.initializeValidators();
    return schema;
  }

  /** The schema's errors on a parsed document, located at their instance. */
  static List<Located> validate(JsonNode document) {
    return SCHEMA.validate(document).stream()
        .map(e -> new Located(pointer(e.getInstanceLocation()), keyword(e)))
        .toList();
  }

  private static String keyword(Error e) {
    return e.getKeyword() == null ? "?" : e.getKeyword();
  }

  private static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/').append(element instanceof Integer index ? index.toString() : Pointers.escape(String.valueOf(element)));
    }
    return sb.toString();
  }
}
