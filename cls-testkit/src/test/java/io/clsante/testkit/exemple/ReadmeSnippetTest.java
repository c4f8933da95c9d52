package io.clsante.testkit.exemple;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's examples are compiled code of this package, verbatim between the README markers. */
class ReadmeSnippetTest {
  @Test
  void readme_showsTheCompiledTestkitExample() throws Exception {
    assertReadmeShows("ExportDesFichesTest.java", true);
  }

  @Test
  void readme_showsTheCompiledBeanValidationExample() throws Exception {
    assertReadmeShows("RecordStyleAccessors.java", false);
    assertReadmeShows("BeanValidationTest.java", true);
  }

  /**
   * Checks that the README holds the lines between {@code // README:debut} and {@code // README:fin}
   * of a source file; members of a class lose the class body's indentation, as the README shows
   * them alone.
   */
  private static void assertReadmeShows(String file, boolean members) throws Exception {
    String source = Files.readString(Path.of("src/test/java/io/clsante/testkit/exemple", file));
    int start = source.indexOf('\n', source.indexOf("// README:debut")) + 1;
    int end = source.lastIndexOf('\n', source.indexOf("// README:fin"));
    String snippet = source.substring(start, end + 1).lines()
        .map(l -> members && l.startsWith("  ") ? l.substring(2) : l)
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(snippet), "README.md must contain, verbatim:\n" + snippet);
  }
}
