package io.clsante.model.json;

import io.clsante.model.ContratLocalDeSante;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

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
 * <p>A document is read in one walk of the parser's tokens by the structural pass generated from
 * the model at build time: it binds the contract, or finds every structural problem at once, each
 * located: {@link #check(byte[])} gives them all without throwing, {@link #read(byte[])} throws the
 * first. A contract is written by the writer generated from the same model, on Jackson's streaming
 * generator. Neither uses Jackson's data binding, which {@link #mapper()} offers to applications.
 *
 * <p>Example: {@code ContratLocalDeSante c = ClsJson.defaults().read(Path.of("cls.json"));}
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ClsJson {
  private static final ClsJson DEFAULTS = new ClsJson(JsonLimits.defaults());

  private final JsonLimits limits;
  /** Creates the parsers, with the limits; duplicate properties are found by the pass itself. */
  private final JsonFactory parsers;
  /** Creates the generators of the canonical form. */
  private final JsonFactory writers;
  /** Built on first need: the library itself neither reads nor writes with it. */
  private volatile JsonMapper mapper;

  private ClsJson(JsonLimits limits) {
    this.limits = limits;
    this.parsers = JsonFactory.builder().streamReadConstraints(new ReadLimits(limits)).build();
    this.writers = CanonicalPrinting.factory(parsers);
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
   * Returns the configured Jackson mapper, for callers that bind parts of the model themselves: it
   * reads both forms the format admits and writes the canonical form, as this instance does.
   * Jackson 3 mappers are immutable; derive a changed copy with {@code mapper().rebuild()}.
   *
   * @return the mapper of the format, within this instance's limits
   */
  public JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = DataBinding.mapper(parsers);
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
   * @throws ClsJsonException if the text is not a valid document of the format; it carries the
   *     first problem
   */
  public ContratLocalDeSante read(String json) throws ClsJsonException {
    return contrat(check(json));
  }

  /**
   * Reads a contract from UTF-8 bytes.
   *
   * @param utf8 the bytes
   * @return the contract
   * @throws ClsJsonException if the bytes are not a valid UTF-8 document of the format; it carries
   *     the first problem
   */
  public ContratLocalDeSante read(byte[] utf8) throws ClsJsonException {
    return contrat(check(utf8));
  }

  /**
   * Reads a contract from a stream of UTF-8 bytes. The stream is read to its end (or just past the
   * size limit) and not closed.
   *
   * @param in the stream
   * @return the contract
   * @throws ClsJsonException if the stream cannot be read ({@link JsonProblem#IO}) or is not a
   *     valid document of the format
   */
  public ContratLocalDeSante read(InputStream in) throws ClsJsonException {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = readAtMostTheLimit(in);
    } catch (IOException e) {
      throw new ClsJsonException(io("json.io.stream", String.valueOf(e.getMessage())), e);
    }
    return read(bytes);
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
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = readAtMostTheLimit(in);
    } catch (NoSuchFileException e) {
      throw new ClsJsonException(io("json.io.notFound", file.toString()), e);
    } catch (IOException e) {
      throw new ClsJsonException(io("json.io", file.toString(), String.valueOf(e.getMessage())), e);
    }
    return read(bytes);
  }

  /**
   * Reads UTF-8 bytes as a contract, and never throws for bad input: the structural pass binds
   * the contract or gives every structural problem of the document, located.
   *
   * @param utf8 the bytes
   * @return the contract or the problems
   */
  public JsonReading check(byte[] utf8) {
    return StructuralPass.read(JsonInput.of(Objects.requireNonNull(utf8, "utf8")), parsers, limits, ModelPass::root);
  }

  /**
   * Reads JSON text as a contract, and never throws for bad input: the structural pass binds the
   * contract or gives every structural problem of the document, located.
   *
   * @param json the text
   * @return the contract or the problems
   */
  public JsonReading check(String json) {
    return StructuralPass.read(JsonInput.of(Objects.requireNonNull(json, "json")), parsers, limits, ModelPass::root);
  }

  /**
   * Reads a tree as a contract, as {@link #check(byte[])} reads the tree's JSON text: for a document
   * that the application completed as a tree (the metadata of a spreadsheet import, for example).
   * The lines and columns of the problems are those of the tree written in the canonical form.
   *
   * @param document the tree, of JSON values only
   * @return the contract or the problems
   * @throws io.clsante.model.ClsException if the tree holds a value that is not JSON (a Java object)
   */
  public JsonReading check(ObjectNode document) {
    Objects.requireNonNull(document, "document");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = CanonicalPrinting.generator(writers, out)) {
      Trees.write(g, document);
    }
    return check(out.toByteArray());
  }

  /**
   * Reads UTF-8 bytes as a JSON value of any content, whole, as a tree, with the checks of reading
   * that a contract's document gets — size, encoding, syntax, duplicate properties, the limits of
   * this instance — and none of the format's: for a document that holds a part of a contract,
   * which the application completes before it reads the contract (the metadata of a spreadsheet
   * import, for example).
   *
   * @param utf8 the bytes
   * @return the value: an object, an array or a scalar, numbers with their scale
   * @throws ClsJsonException if the bytes cannot be read as JSON; it carries the problem, located
   */
  public JsonNode readTree(byte[] utf8) throws ClsJsonException {
    StructuralPass.Walk<JsonNode> walk =
        StructuralPass.walk(JsonInput.of(Objects.requireNonNull(utf8, "utf8")), parsers, limits, Trees::read);
    if (!walk.problems().isEmpty()) {
      throw new ClsJsonException(walk.problems().get(0), null);
    }
    return walk.value();
  }

  private static ContratLocalDeSante contrat(JsonReading reading) throws ClsJsonException {
    if (!reading.problems().isEmpty()) {
      throw new ClsJsonException(reading.problems().get(0), null);
    }
    return reading.contrat().orElseThrow();
  }

  private static StructuralProblem io(String messageKey, Object... arguments) {
    return StructuralProblem.of(JsonProblem.IO, "", -1, -1, messageKey, arguments);
  }

  /**
   * Rewrites a document of an earlier minor version of the format in the current one, without
   * loss: it is read as {@link #check(byte[])} reads it, then written as {@link #writeBytes} writes
   * it. A document that cannot be read is not rewritten: the migration holds its problems.
   *
   * @param utf8 the document
   * @return the migration: the version the document declared, the rewritten document, or the
   *     problems, located
   */
  public Migration migrate(byte[] utf8) {
    JsonReading reading = check(Objects.requireNonNull(utf8, "utf8"));
    return reading.contrat()
        .map(contrat -> Migration.of(contrat.formatVersion(), writeBytes(contrat)))
        .orElseGet(() -> Migration.failed(reading.locatedProblems()));
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
   * Writes a contract as canonical UTF-8 JSON, ending with a newline, in the version of the format
   * this library writes ({@link ContratLocalDeSante#toCurrentVersion()}): a contract read from a
   * document of an earlier minor version is written in the current one.
   *
   * @param contrat the contract
   * @return the bytes
   */
  public byte[] writeBytes(ContratLocalDeSante contrat) {
    Objects.requireNonNull(contrat, "contrat");
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator g = CanonicalPrinting.generator(writers, out)) {
      ModelWriter.write(g, contrat.toCurrentVersion());
    }
    out.write('\n');
    return out.toByteArray();
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

  // Reads a stream up to one byte past the size limit, which is enough to refuse it.
  private byte[] readAtMostTheLimit(InputStream in) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
  }
}
