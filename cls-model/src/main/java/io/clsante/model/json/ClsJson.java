package io.clsante.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.clsante.model.ContratLocalDeSante;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes contracts in the CLS JSON format.
 *
 * <p>Reading is strict: an unknown property, a duplicate property, a missing required property, a
 * value of the wrong type (no silent coercion of {@code "1"} to a number or of {@code 1} to a
 * string), a malformed date or identifier, a {@code null}, trailing content or a document beyond the
 * {@linkplain JsonLimits limits} each raise a {@link ClsJsonException} that names the JSON Pointer
 * and, for text, the line and column. No other exception escapes for bad input.
 *
 * <p>Writing is canonical: properties in the documented order, absent values and empty lists
 * omitted, amounts written plainly ({@code 1500.00}, never {@code 1.5E+3}), two-space indentation,
 * {@code \n} line ends and a final newline. Equal contracts give byte-identical output, and
 * {@code read(write(c)).equals(c)} for every contract {@code c}.
 *
 * <p>A document is parsed once, to a tree, and bound to the model by code generated from the model
 * at build time; a document that code does not fully understand is read by Jackson's data binding,
 * set up on first need, which binds it or names its problem: the contract is the same either way,
 * and the first valid document a program reads costs no reflective set-up.
 *
 * <p>Example: {@code ContratLocalDeSante c = ClsJson.defaults().read(Path.of("cls.json"));}
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ClsJson {
  private static final ClsJson DEFAULTS = new ClsJson(JsonLimits.defaults());

  private final JsonLimits limits;
  /**
   * Creates the parsers of {@link #readTree}, with the limits, without a mapper: the tree builder
   * finds duplicate properties in the object it fills, a lookup it makes anyway, so the parser need
   * not keep a set of names per object.
   */
  private final JsonFactory treeParsers;
  /**
   * Built on first need (reading to the model through Jackson, writing): a program that only
   * validates valid documents never pays for a mapper's set-up.
   */
  private volatile JsonMapper mapper;

  private ClsJson(JsonLimits limits) {
    this.limits = limits;
    this.treeParsers = JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
  }

  /**
   * Returns the reader-writer with the {@linkplain JsonLimits#defaults() default limits}.
   *
   * @return the shared default instance
   */
  public static ClsJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader-writer that applies other limits.
   *
   * @param limits the limits
   * @return a new instance
   */
  public static ClsJson withLimits(JsonLimits limits) {
    return new ClsJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits this instance applies when reading.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the configured Jackson mapper, for callers that bind parts of the model themselves.
   * Jackson 3 mappers are immutable; derive a changed copy with {@code mapper().rebuild()}.
   *
   * @return the mapper this instance reads and writes with
   */
  public JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = buildMapper(treeParsers);
          mapper = m;
        }
      }
    }
    return m;
  }

  /**
   * Reads a contract from JSON text.
   *
   * @param json the text
   * @return the contract
   * @throws ClsJsonException if the text is not a valid document of the format
   */
  public ContratLocalDeSante read(String json) throws ClsJsonException {
    Objects.requireNonNull(json, "json");
    checkSize(json);
    return read(() -> treeParsers.createParser(ObjectReadContext.empty(), json),
        () -> mapper().createParser(json));
  }

  /**
   * Reads a contract from UTF-8 bytes.
   *
   * @param utf8 the bytes
   * @return the contract
   * @throws ClsJsonException if the bytes are not a valid UTF-8 document of the format
   */
  public ContratLocalDeSante read(byte[] utf8) throws ClsJsonException {
    Objects.requireNonNull(utf8, "utf8");
    checkSize(utf8);
    return read(() -> treeParsers.createParser(ObjectReadContext.empty(), utf8),
        () -> mapper().createParser(utf8));
  }

  /**
   * Reads a contract from a stream of UTF-8 bytes. The stream is read to its end (or just past the
   * size limit) and not closed.
   *
   * @param in the stream
   * @return the contract
   * @throws ClsJsonException if the stream cannot be read or is not a valid document of the format
   */
  public ContratLocalDeSante read(InputStream in) throws ClsJsonException {
    Objects.requireNonNull(in, "in");
    // Read once into memory (within the size limit): a document may be parsed more than once, see read().
    return read(readAtMostTheLimit(in));
  }

  /**
   * Reads a contract from a UTF-8 file.
   *
   * @param file the file
   * @return the contract
   * @throws ClsJsonException if the file cannot be read ({@link JsonProblem#IO}) or is not a valid
   *     document of the format
   */
  public ContratLocalDeSante read(Path file) throws ClsJsonException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw JsonErrors.io("fichier introuvable : " + file, "file not found: " + file, e);
    } catch (ClsJsonException e) {
      throw e;
    } catch (IOException e) {
      throw JsonErrors.io("lecture impossible de " + file + " : " + e.getMessage(),
          "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a contract as canonical JSON text, ending with a newline.
   *
   * @param contrat the contract
   * @return the text
   */
  public String write(ContratLocalDeSante contrat) {
    return new String(writeBytes(contrat), StandardCharsets.UTF_8);
  }

  /**
   * Writes a contract as canonical UTF-8 JSON, ending with a newline.
   *
   * @param contrat the contract
   * @return the bytes
   */
  public byte[] writeBytes(ContratLocalDeSante contrat) {
    Objects.requireNonNull(contrat, "contrat");
    byte[] body = mapper().writeValueAsBytes(contrat);
    byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
    out[body.length] = '\n';
    return out;
  }

  /**
   * Writes a contract as canonical UTF-8 JSON to a stream, which is not closed.
   *
   * @param contrat the contract
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public void write(ContratLocalDeSante contrat, OutputStream out) throws IOException {
    out.write(writeBytes(contrat));
  }

  /**
   * Writes a contract as canonical UTF-8 JSON to a file, replacing it.
   *
   * @param contrat the contract
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void write(ContratLocalDeSante contrat, Path file) throws IOException {
    Files.write(file, writeBytes(contrat));
  }

  /**
   * Parses UTF-8 bytes into a {@link LocatedTree}, with the same limits and checks as
   * {@link #read(byte[])} but without binding to the model.
   *
   * @param utf8 the bytes
   * @return the tree and the position of every value
   * @throws ClsJsonException if the bytes are not well-formed UTF-8 JSON within the limits, or hold a
   *     duplicate property
   */
  public LocatedTree readTree(byte[] utf8) throws ClsJsonException {
    Objects.requireNonNull(utf8, "utf8");
    checkSize(utf8);
    return readTree(() -> treeParsers.createParser(ObjectReadContext.empty(), utf8));
  }

  /**
   * Parses JSON text into a {@link LocatedTree}.
   *
   * @param json the text
   * @return the tree and the position of every value
   * @throws ClsJsonException if the text is not well-formed JSON within the limits, or holds a
   *     duplicate property
   */
  public LocatedTree readTree(String json) throws ClsJsonException {
    Objects.requireNonNull(json, "json");
    checkSize(json);
    return readTree(() -> treeParsers.createParser(ObjectReadContext.empty(), json));
  }

  /**
   * Parses a stream of UTF-8 bytes into a {@link LocatedTree}. The stream is not closed.
   *
   * @param in the stream
   * @return the tree and the position of every value
   * @throws ClsJsonException if the stream cannot be read, or is not well-formed JSON within the
   *     limits, or holds a duplicate property
   */
  public LocatedTree readTree(InputStream in) throws ClsJsonException {
    Objects.requireNonNull(in, "in");
    return readTree(readAtMostTheLimit(in));
  }

  // Jackson refuses a byte array or a string beyond maxDocumentLength when the parser is created,
  // before any position exists: check the size here, and say on which line the limit is crossed.
  private void checkSize(byte[] utf8) throws ClsJsonException {
    long max = limits.maxDocumentBytes();
    if (utf8.length > max) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < max; i++) {
        if (utf8[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw JsonErrors.tooLarge(max, line, (int) (max - lineStart) + 1);
    }
  }

  private void checkSize(String json) throws ClsJsonException {
    long max = limits.maxDocumentBytes();
    if (json.length() > max) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < max; i++) {
        if (json.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw JsonErrors.tooLarge(max, line, (int) (max - lineStart) + 1);
    }
  }

  // Reads a stream up to one byte past the size limit, which is enough to refuse it.
  private byte[] readAtMostTheLimit(InputStream in) throws ClsJsonException {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    } catch (IOException e) {
      throw JsonErrors.io("lecture impossible : " + e.getMessage(), "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Binds a parsed document to the model, with the same strictness as {@link #read(byte[])}; errors
   * are located through the tree's positions.
   *
   * @param tree the parsed document
   * @return the contract
   * @throws ClsJsonException if the document does not follow the format
   */
  public ContratLocalDeSante bind(LocatedTree tree) throws ClsJsonException {
    Objects.requireNonNull(tree, "tree");
    try {
      // Generated code binds a document it fully understands without Jackson's reflective set-up;
      // any other goes to Jackson, which binds it or names the problem.
      return ModelBinder.contratLocalDeSante(tree.root());
    } catch (RuntimeException notBoundHere) {
      // fall through to Jackson
    }
    try {
      return mapper().treeToValue(tree.root(), ContratLocalDeSante.class);
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, tree);
    }
  }

  private LocatedTree readTree(ParserSource source) throws ClsJsonException {
    JsonParser parser = null;
    try {
      parser = source.open();
      return TreeBuilder.build(parser, JsonNodeFactory.instance, limits.maxPropertyCount());
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private interface ParserSource {
    JsonParser open();
  }

  /**
   * Reads a document in one pass to a tree bound by the generated code, the common case; a document
   * that this path does not take (bad JSON, a limit crossed, a value the generated code gives up)
   * is read again by Jackson, whose errors name the problem as they always have.
   */
  private ContratLocalDeSante read(ParserSource treeSource, ParserSource jacksonSource) throws ClsJsonException {
    JsonParser parser = null;
    try {
      parser = treeSource.open();
      return ModelBinder.contratLocalDeSante(
          TreeBuilder.build(parser, JsonNodeFactory.instance, limits.maxPropertyCount()).root());
    } catch (RuntimeException notThisWay) {
      // JacksonException (bad JSON, limits) or the generated code's giving up: Jackson decides.
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return readWithJackson(jacksonSource);
  }

  // Reading through our own parser keeps its position and context for the error, even for
  // problems (limits, syntax) that Jackson reports without a location.
  private ContratLocalDeSante readWithJackson(ParserSource source) throws ClsJsonException {
    JsonParser parser = null;
    try {
      // Jackson has no limit on the number of properties of an object: a first, cheap pass
      // enforces it before binding (which builds maps and trees for extensions).
      parser = source.open();
      TreeBuilder.checkPropertyCounts(parser, limits.maxPropertyCount());
      parser.close();
      parser = source.open();
      ContratLocalDeSante read = mapper().readValue(parser, ContratLocalDeSante.class);
      if (read == null) {
        throw JsonErrors.empty(parser);
      }
      return read;
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static StreamReadConstraints constraints(JsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .build();
  }

  private static JsonMapper buildMapper(JsonFactory withLimits) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
    JsonInclude.Value omitAbsent =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
    JsonInclude.Value omitEmpty =
        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
    return JsonMapper.builder(withLimits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .changeDefaultPropertyInclusion(i -> omitAbsent)
        .withConfigOverride(List.class, o -> o.setInclude(omitEmpty))
        .withConfigOverride(Map.class, o -> o.setInclude(omitEmpty))
        .addModule(new tools.jackson.databind.module.SimpleModule("cls-dates")
            .addDeserializer(java.time.LocalDate.class, new StrictLocalDate()))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .build();
  }
}
