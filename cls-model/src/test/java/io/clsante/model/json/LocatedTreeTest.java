package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LocatedTree#position(String)}: every value found by its pointer, the nearest one otherwise. */
class LocatedTreeTest {
  // Columns are those of the first character of each value.
  private static final String DOC = String.join("\n",
      "{",
      "  \"a\": [10, {\"b\": true}],",
      "  \"x/y\": {\"m~n\": \"v\", \"\": 1},",
      "  \"c\": [[], [null, 2.5]]",
      "}");

  @ParameterizedTest(name = "{0} -> {1}:{2}")
  @CsvSource(delimiter = '|', value = {
      "''            | 1 | 1",
      "/a            | 2 | 8",
      "/a/0          | 2 | 9",
      "/a/1          | 2 | 13",
      "/a/1/b        | 2 | 19",
      "/x~1y         | 3 | 10",
      "/x~1y/m~0n    | 3 | 18",
      "/x~1y/        | 3 | 27",
      "/c/1/1        | 4 | 20",
      "/c/0          | 4 | 9",
      // Nothing there: the nearest enclosing value.
      "/a/2          | 2 | 8",
      "/a/01         | 2 | 8",
      "/a/-          | 2 | 8",
      "/a/1/absent   | 2 | 13",
      "/x/y          | 1 | 1",
      "/x~1y/m~n     | 3 | 10",
      "/c/0/0        | 4 | 9",
      "/a/0/deeper   | 2 | 9",
  })
  void position_findsTheValueOrItsNearestEnclosingOne(String pointer, int line, int column)
      throws ClsJsonException {
    LocatedTree tree = ClsJson.defaults().readTree(DOC);
    assertEquals(Optional.of(new LocatedTree.Position(line, column)), tree.position(pointer));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a", "a/0"})
  void position_isEmptyForAPointerThatDoesNotStartWithASlash(String pointer) throws ClsJsonException {
    assertEquals(Optional.empty(), ClsJson.defaults().readTree(DOC).position(pointer));
  }
}
