package io.clsante.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import io.clsante.model.ClsException;
import io.clsante.model.VersionFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;

/**
 * networknt's JSON Schema validator on the published schema, compiled once offline
 * ({@link OfflineSchemas}): the test oracle of the generated structural pass. It answers with the
 * keyword and the instance location of each error, written as {@link ProblemKeys} writes the pass's
 * problems, so that the two compare as lists.
 *
 * <p>Documents are parsed by Jackson's plain mapper (decimals as {@code BigDecimal}), not by the
 * model's reader: the oracle shares no code with the pass but the schema text.
 */
final class NetworkntOracle {
  /** The published schema of each version, compiled on first use. */
  private static final Map<VersionFormat, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private NetworkntOracle() {}

  /**
   * Validates a document that is well-formed JSON.
   *
   * @param json the document
   * @return the errors, sorted and without repetition, empty when the document is valid
   */
  static List<String> keys(String json) {
    return keys(Fixtures.tree(json));
  }

  static List<String> keys(JsonNode document) {
    return errors(document).stream().map(NetworkntOracle::key).distinct().sorted().toList();
  }

  /**
   * Runs the engine. networknt compares a decimal with an integer bound through {@code asLong()},
   * which throws for an integral value beyond the long range ({@code 1e20} where an integer is
   * expected): such a document is validated again with those values as exact big integers.
   */
  private static List<Error> errors(JsonNode document) {
    Schema schema = schema(document);
    try {
      return schema.validate(document);
    } catch (JsonNodeException beyondLong) {
      return schema.validate(LargeIntegers.asBigIntegers(document));
    }
  }

  /**
   * The schema of the version a document declares; the newest one's when it declares none this
   * library reads.
   */
  static Schema schema(JsonNode document) {
    VersionFormat version = VersionFormat.CURRENT;
    JsonNode declared = document.path("formatVersion");
    if (declared.isString()) {
      try {
        version = VersionFormat.parse(declared.stringValue());
      } catch (ClsException unknown) {
        // The newest schema reports it.
      }
    }
    return SCHEMAS.computeIfAbsent(version,
        v -> OfflineSchemas.compile(ClsSchema.of(v).id().toString(), ClsSchema.of(v).text()));
  }

  private static String key(Error e) {
    String property = e.getProperty() != null ? e.getProperty()
        : e.getArguments() != null && e.getArguments().length > 0 ? String.valueOf(e.getArguments()[0]) : "";
    return ProblemKeys.key(pointer(e.getInstanceLocation()), e.getKeyword(), property);
  }

  /** RFC 6901: "" for the root, "/name/0" below it, with "~" and "/" escaped in names. */
  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; path != null && i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/').append(element instanceof Integer index ? index.toString()
          : String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
