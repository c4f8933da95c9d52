package io.clsante.schema;

import io.clsante.model.ClsException;
import io.clsante.model.VersionFormat;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.StructuralProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON Schema of the CLS format, as published, and the schema-level validation of raw JSON.
 *
 * <p>{@link #standard()} is the schema of the version this library writes, draft 2020-12, with the
 * {@code $id} {@code https://schema.clsante.io/cls/1.1/contrat.schema.json}. It is generated from the
 * annotated model at build time, bundled in the jar at
 * {@code /io/clsante/schema/cls/1.1/contrat.schema.json} and published in the repository at
 * {@code schema/cls/1.1/contrat.schema.json}, for integrators who validate from other languages.
 * The schema of each earlier minor version stays published beside it, unchanged
 * ({@link #of(VersionFormat)}): a document is checked against the schema of the version it declares.
 *
 * <p>Validation in Java needs no schema engine: {@link #validate(byte[])} runs the structural pass
 * generated from the same description ({@link ClsJson#check(byte[])}), which reports what the
 * schema reports, located, and what only the model decides (check digits, e-mail addresses).
 * Example:
 * <pre>{@code
 * for (StructuralProblem p : ClsSchema.standard().validate(Files.readAllBytes(file))) {
 *   System.out.println(p.pointer() + " " + p.message(Locale.FRENCH));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClsSchema {
  private static final Map<VersionFormat, ClsSchema> BY_VERSION = new ConcurrentHashMap<>();

  private static final Pattern ID = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"");

  private final String text;
  private final URI id;

  private ClsSchema(String text, URI id) {
    this.text = text;
    this.id = id;
  }

  /**
   * Returns the schema this library publishes.
   *
   * @return the shared instance
   * @throws ClsException if the bundled schema is missing (a packaging error)
   */
  public static ClsSchema standard() {
    return of(VersionFormat.CURRENT);
  }

  /**
   * Returns the published schema of a version of the format: the one a document declaring that
   * version follows.
   *
   * @param version a version this library reads, {@code 1.0} to {@link VersionFormat#CURRENT}
   * @return the shared instance
   * @throws ClsException if the bundled schema is missing (a packaging error)
   */
  public static ClsSchema of(VersionFormat version) {
    return BY_VERSION.computeIfAbsent(Objects.requireNonNull(version, "version"), ClsSchema::load);
  }

  /**
   * Returns the classpath path of the bundled schema of a version; it mirrors the {@code $id}.
   *
   * @param version the version
   * @return for example {@code /io/clsante/schema/cls/1.1/contrat.schema.json}
   */
  static String resource(VersionFormat version) {
    return "/io/clsante/schema/cls/" + version + "/contrat.schema.json";
  }

  /**
   * Returns the text of the schema, as published.
   *
   * @return the JSON text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the schema's {@code $id}.
   *
   * @return for example {@code https://schema.clsante.io/cls/1.1/contrat.schema.json}
   */
  public URI id() {
    return id;
  }

  /**
   * Validates UTF-8 JSON bytes: every problem the schema of the version the document declares
   * would report, and those of the model (check digits, e-mail addresses), each located; never
   * throws for bad input. The same whichever version's instance it is called on.
   *
   * @param utf8 the document
   * @return the problems, empty when the document is structurally valid
   */
  public List<StructuralProblem> validate(byte[] utf8) {
    return ClsJson.defaults().check(Objects.requireNonNull(utf8, "utf8")).problems();
  }

  /**
   * Validates JSON text, as {@link #validate(byte[])} does.
   *
   * @param json the document
   * @return the problems, empty when the document is structurally valid
   */
  public List<StructuralProblem> validate(String json) {
    return ClsJson.defaults().check(Objects.requireNonNull(json, "json")).problems();
  }

  /**
   * Returns a short description.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ClsSchema[" + id + "]";
  }

  private static ClsSchema load(VersionFormat version) {
    String resource = resource(version);
    try (InputStream in = ClsSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClsException("Schéma JSON absent du classpath : " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher id = ID.matcher(text);
      if (!id.find()) {
        throw new ClsException("Le schéma JSON n'a pas de $id : " + resource);
      }
      return new ClsSchema(text, URI.create(id.group(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
