package io.clsante.model.json;

import io.clsante.model.ContratLocalDeSante;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * What the structural pass of {@link ClsJson#check(byte[])} made of a document: the contract when
 * the document has no structural problem, otherwise every problem, located.
 *
 * <p>A problem of reading (not JSON, not UTF-8, a limit crossed, a duplicate property) is the only
 * problem of its document. Otherwise every problem the published JSON Schema would report is
 * there, then those the model finds in values the schema accepts; no contract is given with any
 * problem.
 *
 * <p>{@link #position(String)} says where any value of the document starts, for the findings of
 * later stages. The positions are indexed the first time one is needed, asked here or for a
 * problem the pass found without one (a problem of reading is located by the parser): the document
 * is then read once more, and never again. A contract that is never asked for a position is read
 * once.
 *
 * <p>Example: {@code JsonReading r = ClsJson.defaults().check(bytes); if (r.problems().isEmpty())
 * use(r.contrat().orElseThrow());}
 *
 * <p>Thread-safe; the index is built once.
 */
public final class JsonReading {
  private final JsonInput input;
  private final JsonFactory factory;
  private final ContratLocalDeSante contrat;
  private final List<StructuralProblem> problems;
  private volatile Map<String, Position> index;

  JsonReading(JsonInput input, JsonFactory factory, ContratLocalDeSante contrat, List<StructuralProblem> found) {
    this.input = input;
    this.factory = factory;
    this.contrat = contrat;
    // The problems found inside the walk know their pointer; their position comes from the index.
    this.problems = found.stream()
        .map(p -> p.located() ? p : position(p.pointer()).map(p::at).orElse(p))
        .toList();
  }

  /**
   * Returns the contract read.
   *
   * @return the contract, or empty when the document has a structural problem
   */
  public Optional<ContratLocalDeSante> contrat() {
    return Optional.ofNullable(contrat);
  }

  /**
   * Returns the structural problems of the document, in the order of the document: a problem of
   * a property's value before the problems of its object found at the object's end (the required
   * properties missing).
   *
   * @return an immutable list, empty when the contract was read
   */
  public List<StructuralProblem> problems() {
    return problems;
  }

  /**
   * Returns the structural problems, each located: at its own line and column when the parser gave
   * them, otherwise where its pointer's value (or the nearest enclosing one) starts. Looks the
   * positions up, so call it when the problems are to be shown.
   *
   * @return an immutable list, empty when the contract was read
   */
  public List<StructuralProblem> locatedProblems() {
    return problems.stream().map(p -> p.line() > 0 ? p : position(p.pointer())
        .map(at -> new StructuralProblem(p.ruleId(), p.keyword(), p.pointer(), at.line(), at.column(),
            p.messageKey(), p.arguments()))
        .orElse(p)).toList();
  }

  /**
   * Returns where a value of the document starts. A pointer to a value that the document does not
   * hold (a property absent) gives the position of its nearest enclosing value that it holds.
   *
   * @param pointer a JSON Pointer, for example {@code /axes/0/fiches/1}; the empty string for the
   *     whole document
   * @return the position; empty when the pointer is not a JSON Pointer or the document holds no
   *     value (empty, or not JSON before its first value)
   */
  public Optional<Position> position(String pointer) {
    if (pointer == null || !pointer.isEmpty() && pointer.charAt(0) != '/') {
      return Optional.empty();
    }
    Map<String, Position> positions = index();
    String p = pointer;
    while (true) {
      Position at = positions.get(p);
      if (at != null || p.isEmpty()) {
        return Optional.ofNullable(at);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private Map<String, Position> index() {
    Map<String, Position> built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = buildIndex();
          index = built;
        }
      }
    }
    return built;
  }

  /** The start of every value, by pointer: the first of each pointer, up to a reading problem. */
  private Map<String, Position> buildIndex() {
    Map<String, Position> positions = new HashMap<>();
    try (JsonParser parser = input.open(factory)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t.isStructStart() || t.isScalarValue()) {
          TokenStreamLocation at = parser.currentTokenLocation();
          positions.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
              new Position(at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (JacksonException unreadable) {
      // The values before the problem are indexed; the problem itself is located by the pass.
    }
    return positions;
  }
}
