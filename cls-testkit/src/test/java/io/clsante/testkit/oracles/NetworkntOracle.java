package io.clsante.testkit.oracles;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import io.clsante.model.ClsException;
import io.clsante.model.VersionFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * networknt json-schema-validator as an oracle: the committed schema, draft 2020-12, networknt's
 * defaults (its regular expressions run on {@code java.util.regex}), nothing fetched.
 */
final class NetworkntOracle {
  /** The published schemas, as committed, compiled on first use, by version. */
  private static final Map<VersionFormat, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private NetworkntOracle() {}

  /** The published schema of a version, as committed. */
  static Path schemaFile(VersionFormat version) {
    return Path.of("..", "schema", "cls", version.toString(), "contrat.schema.json");
  }

  private static Schema compile(VersionFormat version) {
    String text;
    try {
      text = Files.readString(schemaFile(version));
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

  /** The schema of the version a document declares; the newest one's when it declares none read. */
  private static Schema schema(JsonNode document) {
    VersionFormat version = VersionFormat.CURRENT;
    JsonNode declared = document.path("formatVersion");
    if (declared.isString()) {
      try {
        version = VersionFormat.parse(declared.stringValue());
      } catch (ClsException unknown) {
        // The newest schema reports it.
      }
    }
    return SCHEMAS.computeIfAbsent(version, NetworkntOracle::compile);
  }

  /** The schema's errors on a parsed document, located at their instance. */
  static List<Located> validate(JsonNode document) {
    return schema(document).validate(document).stream()
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
