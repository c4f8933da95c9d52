package io.clsante.testkit.exemple;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's testkit example is the compiled code of {@link ExportDesFichesTest}, verbatim. */
class ReadmeSnippetTest {
  @Test
  void readme_showsTheCompiledExample() throws Exception {
    String test = Files.readString(Path.of("src/test/java/io/clsante/testkit/exemple/ExportDesFichesTest.java"));
    int start = test.indexOf('\n', test.indexOf("// README:debut")) + 1;
    int end = test.lastIndexOf('\n', test.indexOf("// README:fin"));
    // The class body's indentation is removed, as the README shows the members alone.
    String snippet = test.substring(start, end + 1).lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(snippet), "README.md must contain, verbatim:\n" + snippet);
  }
}
