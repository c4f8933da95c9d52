package io.clsante.schema;

import com.networknt.schema.Schema;
import io.clsante.model.ClsException;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.LocatedTree;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;

/**
 * The JSON Schema of the CLS format, compiled once, and the validation of JSON documents against it.
 *
 * <p>{@link #standard()} is the schema this library publishes, draft 2020-12, with the {@code $id}
 * {@code https://schema.clsante.io/cls/1.0/contrat.schema.json}. The same file is bundled in the
 * jar at {@code /io/clsante/schema/cls/1.0/contrat.schema.json} and published in the repository at
 * {@code schema/cls/1.0/contrat.schema.json}, for integrators who validate from other languages.
 *
 * <p>Example:
 * <pre>{@code
 * List<SchemaViolation> violations = ClsSchema.standard().validate(Files.readAllBytes(file));
 * for (SchemaViolation v : violations) {
 *   System.out.println(v);  // /acteurs/0 (ligne 12, colonne 7) : propriété « sirne » inconnue
 * }
 * }</pre>
 *
 * <p>Text is parsed by the model's reader ({@link ClsJson#readTree(byte[])} of
 * {@link ClsJson#defaults()}: the same limits, duplicate keys refused), and each violation then carries
 * the line and column of the offending text. Input that is not well-formed JSON within those limits
 * is refused with the reader's {@link ClsJsonException}; everything else is reported as violations,
 * never thrown.
 *
 * <p>Validation has two parts. A pre-check compiled from the same schema text accepts quickly the
 * documents it can prove valid; every other document goes to the JSON Schema engine, which gives the
 * violations. The pre-check accepts only documents the schema accepts, so the violations are exactly
 * those of the engine alone ({@link #engineOnly()}); the engine is compiled when a document first
 * needs it, or by {@link #prepare()}.
 *
 * <p>Validation is offline: the schema resolves {@code $ref}s against itself only, and neither the
 * schema nor a document can make it load anything else, from the network or elsewhere (a
 * {@code $schema} or {@code $id} property in a document is data, and an unknown property at that).
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class ClsSchema {
  /** The regular expression of a text that must not be blank, as {@code @NotBlank} checks it. */
  static final String NOT_BLANK = "[^\\u0000-\\u0020]";

  /** The classpath path of the bundled schema; it mirrors the {@code $id}. */
  static final String RESOURCE = "/io/clsante/schema/cls/1.0/contrat.schema.json";

  private final String text;
  private final URI id;
  /** The engine of record, shared by the instances of one schema text. */
  private final Engine engine;
  /** Null when the schema uses a keyword the pre-check does not understand: the engine alone. */
  private final SchemaPrecheck precheck;

  private ClsSchema(String text, URI id, Engine engine, SchemaPrecheck precheck) {
    this.text = text;
    this.id = id;
    this.engine = engine;
    this.precheck = precheck;
  }

  /**
   * Loads a schema from its text, with its pre-check when the schema allows one.
   *
   * @throws ClsException if the text is not JSON or has no {@code $id}
   */
  static ClsSchema of(String text) {
    JsonNode tree = readTree(text);
    URI id = readId(tree);
    return new ClsSchema(text, id, new Engine(id.toString(), text), precheckOrNull(tree));
  }

  private static SchemaPrecheck precheckOrNull(JsonNode tree) {
    try {
      return SchemaPrecheck.compile(tree);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The same schema and engine, without the pre-check. */
  ClsSchema withoutPrecheck() {
    return new ClsSchema(text, id, engine, null);
  }

  /** Whether this instance answers certainly valid documents without the engine. */
  boolean hasPrecheck() {
    return precheck != null;
  }

  /** The networknt schema, compiled on first need, once. */
  private static final class Engine {
    private final String id;
    private final String text;
    private volatile Schema schema;

    Engine(String id, String text) {
      this.id = id;
      this.text = text;
    }

    Schema compiled() {
      Schema s = schema;
      if (s == null) {
        synchronized (this) {
          s = schema;
          if (s == null) {
            try {
              s = OfflineSchemas.compile(id, text);
            } catch (RuntimeException e) {
              throw new ClsException("Le schéma JSON ne se compile pas : " + e.getMessage(), e);
            }
            schema = s;
          }
        }
      }
      return s;
    }
  }

  /**
   * Returns the schema this library publishes, loaded from the classpath, with its pre-check; the
   * engine is compiled when a document first needs it (or by {@link #prepare()}).
   *
   * @return the shared instance
   * @throws ClsException if the bundled schema is missing or unreadable (a packaging error); one
   *     that does not compile throws it on the first validation that needs the engine, or from
   *     {@link #prepare()}
   */
  public static ClsSchema standard() {
    if (Standard.FAILURE != null) {
      throw new ClsException(Standard.FAILURE.getMessage(), Standard.FAILURE);
    }
    return Standard.INSTANCE;
  }

  /**
   * Returns the same schema as {@link #standard()} without its pre-check: every document goes
   * through the engine. For cross-checking: the findings are the same as those of
   * {@link #standard()}, for every document; only slower on valid ones.
   *
   * <p>It shares the engine of {@link #standard()}: preparing one prepares the other.
   *
   * @return the shared instance
   * @throws ClsException as {@link #standard()} does
   */
  public static ClsSchema engineOnly() {
    if (Standard.FAILURE != null) {
      throw new ClsException(Standard.FAILURE.getMessage(), Standard.FAILURE);
    }
    return Standard.ENGINE_ONLY;
  }

  /**
   * Makes the engine ready now, if it is not yet: compiles the schema with networknt and
   * initialises its validators, once for all the threads. Validation does this itself on the first
   * document that needs the engine (one that the pre-check does not accept); an application that
   * runs for long calls this at start-up, on a thread of its choice, so that its first invalid
   * document costs no more than the next.
   *
   * @throws ClsException if the schema does not compile
   */
  public void prepare() {
    engine.compiled();
  }

  /**
   * Returns the text of the schema, exactly as published.
   *
   * @return the JSON text of the schema, UTF-8 decoded
   */
  public String text() {
    return text;
  }

  /**
   * Returns the {@code $id} of the schema, which carries the version of the format.
   *
   * @return for example {@code https://schema.clsante.io/cls/1.0/contrat.schema.json}
   */
  public URI id() {
    return id;
  }

  /**
   * Validates a parsed document.
   *
   * <p>Violations carry a line and column only if the tree's nodes remember where they were read
   * (nodes that implement networknt's {@code TokenStreamLocationAware}); otherwise both are -1 and
   * violations come in the order of their pointers. Prefer the overloads that take text or a
   * {@link LocatedTree}.
   *
   * @param document the document; a {@code NullNode} or any other value is validated as it is
   * @return the violations, empty when the document conforms; immutable
   * @throws NullPointerException if the document is null
   */
  public List<SchemaViolation> validate(JsonNode document) {
    Objects.requireNonNull(document, "document");
    if (certainlyValid(document)) {
      return List.of();
    }
    return Violations.of(engineErrors(document), id.toString(), null);
  }

  /**
   * Validates a document parsed by {@link ClsJson#readTree(byte[])}, locating each violation with the
   * positions the tree remembers.
   *
   * @param document the parsed document
   * @return the violations in document order, each with its line and column, empty when the
   *     document conforms; immutable
   * @throws NullPointerException if the document is null
   */
  public List<SchemaViolation> validate(LocatedTree document) {
    Objects.requireNonNull(document, "document");
    if (certainlyValid(document.root())) {
      return List.of();
    }
    return Violations.of(engineErrors(document.root()), id.toString(), document);
  }

  /**
   * Validates JSON text.
   *
   * @param json the text
   * @return the violations in document order, each with its line and column, empty when the
   *     document conforms; immutable
   * @throws ClsJsonException if the text is not well-formed JSON within the reader's limits, or has
   *     a duplicate key: the reader's exception, with its pointer, line and column
   * @throws NullPointerException if the text is null
   */
  public List<SchemaViolation> validate(String json) throws ClsJsonException {
    Objects.requireNonNull(json, "json");
    return validate(ClsJson.defaults().readTree(json));
  }

  /**
   * Validates UTF-8 JSON.
   *
   * @param utf8 the bytes
   * @return the violations in document order, each with its line and column, empty when the
   *     document conforms; immutable
   * @throws ClsJsonException if the bytes are not well-formed UTF-8 JSON within the reader's limits,
   *     or have a duplicate key: the reader's exception, with its pointer, line and column
   * @throws NullPointerException if the bytes are null
   */
  public List<SchemaViolation> validate(byte[] utf8) throws ClsJsonException {
    Objects.requireNonNull(utf8, "utf8");
    return validate(ClsJson.defaults().readTree(utf8));
  }

  /**
   * Validates UTF-8 JSON read from a stream, which is read to the end of the document and not
   * closed.
   *
   * @param in the stream
   * @return the violations in document order, each with its line and column, empty when the
   *     document conforms; immutable
   * @throws ClsJsonException if the stream fails, or its bytes are not well-formed UTF-8 JSON within
   *     the reader's limits, or have a duplicate key
   * @throws NullPointerException if the stream is null
   */
  public List<SchemaViolation> validate(InputStream in) throws ClsJsonException {
    Objects.requireNonNull(in, "in");
    return validate(ClsJson.defaults().readTree(in));
  }

  /**
   * Runs the engine. networknt compares a decimal node with an integer bound through
   * {@code asLong()}, which throws for an integral value beyond the long range ({@code 1e20} where
   * an integer is expected): such a document is validated again with those values as exact big
   * integers, which it compares exactly, so that it gets findings rather than an exception.
   */
  private List<com.networknt.schema.Error> engineErrors(JsonNode document) {
    Schema compiled = engine.compiled();
    try {
      return compiled.validate(document);
    } catch (JsonNodeException e) {
      return compiled.validate(LargeIntegers.asBigIntegers(document));
    }
  }

  private boolean certainlyValid(JsonNode document) {
    return precheck != null && precheck.certainlyValid(document);
  }

  /**
   * Returns a description naming the schema, for example
   * {@code ClsSchema[https://schema.clsante.io/cls/1.0/contrat.schema.json]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ClsSchema[" + id + "]";
  }

  private static ClsSchema load() {
    try (InputStream in = ClsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ClsException("Schéma JSON absent du classpath : " + RESOURCE);
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ClsException("Lecture impossible du schéma JSON " + RESOURCE + " : " + e.getMessage(), e);
    }
  }

  private static JsonNode readTree(String text) {
    try {
      // The library's own reader: parsing the schema then builds no Jackson mapper.
      return ClsJson.defaults().readTree(text).root();
    } catch (ClsJsonException e) {
      throw new ClsException("Schéma JSON illisible : " + e.getMessage(), e);
    }
  }

  private static URI readId(JsonNode tree) {
    JsonNode id = tree.get("$id");
    if (id == null || !id.isString()) {
      throw new ClsException("Le schéma JSON n'a pas de $id");
    }
    try {
      return URI.create(id.stringValue());
    } catch (IllegalArgumentException e) {
      throw new ClsException("Schéma JSON illisible : " + e.getMessage(), e);
    }
  }

  // Lazy and thread-safe: the class initialises on the first call of standard().
  private static final class Standard {
    static final ClsSchema INSTANCE;
    static final ClsSchema ENGINE_ONLY;
    static final ClsException FAILURE;

    static {
      ClsSchema loaded = null;
      ClsException failure = null;
      try {
        loaded = load();
      } catch (ClsException e) {
        failure = e;
      } catch (RuntimeException e) {
        failure = new ClsException("Le schéma JSON ne se compile pas : " + e.getMessage(), e);
      }
      INSTANCE = loaded;
      ENGINE_ONLY = loaded == null ? null : loaded.withoutPrecheck();
      FAILURE = failure;
    }
  }
}
