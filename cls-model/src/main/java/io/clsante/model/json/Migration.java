package io.clsante.model.json;

import io.clsante.model.VersionFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ClsJson#migrate(byte[])} made of a document: the version it declared and the document
 * rewritten in the current version, or the problems that kept it from being read. Immutable and
 * thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * Migration m = ClsJson.defaults().migrate(Files.readAllBytes(file));
 * if (m.changed()) {
 *   Files.write(file, m.document().orElseThrow());
 * }
 * }</pre>
 */
public final class Migration {
  private final VersionFormat from;
  private final byte[] document;
  private final List<StructuralProblem> problems;

  private Migration(VersionFormat from, byte[] document, List<StructuralProblem> problems) {
    this.from = from;
    this.document = document;
    this.problems = List.copyOf(problems);
  }

  static Migration of(VersionFormat from, byte[] document) {
    return new Migration(Objects.requireNonNull(from), document.clone(), List.of());
  }

  static Migration failed(List<StructuralProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed migration has problems");
    }
    return new Migration(null, null, problems);
  }

  /**
   * Returns the version the document declared.
   *
   * @return the version, or empty when the document could not be read
   */
  public Optional<VersionFormat> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the document in the current version of the format, canonical UTF-8 JSON.
   *
   * @return a copy of the bytes, or empty when the document could not be read
   */
  public Optional<byte[]> document() {
    return Optional.ofNullable(document).map(byte[]::clone);
  }

  /**
   * Returns the problems that kept the document from being read, located.
   *
   * @return the problems, empty when the document was read
   */
  public List<StructuralProblem> problems() {
    return problems;
  }

  /**
   * Tells whether the document was read and declared an earlier version than the current one.
   *
   * @return true when the rewritten document is in a newer version than the one read
   */
  public boolean changed() {
    return from != null && from.compareTo(VersionFormat.CURRENT) < 0;
  }

  @Override
  public String toString() {
    return from == null ? "Migration[" + problems.size() + " problème(s)]"
        : "Migration[" + from + " -> " + VersionFormat.CURRENT + "]";
  }
}
