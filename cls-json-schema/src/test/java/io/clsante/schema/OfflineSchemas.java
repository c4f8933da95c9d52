package io.clsante.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.Map;

/**
 * Compiles schemas with networknt so that nothing is ever fetched: the only resolvable IRI is the
 * schema's own {@code $id}, served from memory, and the draft 2020-12 meta-schemas, which networknt
 * serves from its own jar. Everything else is refused before any connection or name lookup.
 */
final class OfflineSchemas {
  /** The meta-schemas of draft 2020-12, bundled in the networknt jar. */
  private static final String META_SCHEMAS = "https://json-schema.org/draft/2020-12/";

  private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
      .pathType(PathType.JSON_POINTER)
      .regularExpressionFactory(EcmaRegularExpressions.FACTORY)
      // The schema uses no format; should one appear, it stays an annotation, as in ajv's and
      // Python's defaults for 2020-12, so that every engine gives the same verdict.
      .formatAssertionsEnabled(false)
      .build();

  private OfflineSchemas() {}

  /**
   * Compiles a schema whose {@code $id} is the given IRI.
   *
   * @param id the {@code $id} of the schema, without fragment
   * @param text the JSON text of the schema
   * @return the compiled schema, validators initialised
   * @throws com.networknt.schema.SchemaException if the schema does not compile or refers to
   *     anything outside itself and the meta-schemas
   */
  static Schema compile(String id, String text) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemaRegistryConfig(CONFIG)
            .schemaLoader(loader -> loader
                .fetchRemoteResources(false)
                .allow(iri -> allowed(iri, id))
                .resourceLoaders(resources -> resources.resources(Map.of(id, text)))));
    Schema schema = registry.getSchema(SchemaLocation.of(id));
    schema.initializeValidators();
    return schema;
  }

  private static boolean allowed(AbsoluteIri iri, String id) {
    String s = iri.toString();
    int hash = s.indexOf('#');
    String resource = hash < 0 ? s : s.substring(0, hash);
    return resource.equals(id) || resource.startsWith(META_SCHEMAS);
  }
}
