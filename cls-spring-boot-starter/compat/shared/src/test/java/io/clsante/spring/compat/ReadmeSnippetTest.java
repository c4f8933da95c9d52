package io.clsante.spring.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The starter's README shows the controller of this application, verbatim between its markers. */
class ReadmeSnippetTest {
  @Test
  void readme_showsTheCompiledController() throws Exception {
    String source = Files.readString(Path.of("../shared/src/main/java/io/clsante/spring/compat/ContratsController.java"));
    int start = source.indexOf('\n', source.indexOf("// README:debut")) + 1;
    int end = source.lastIndexOf('\n', source.indexOf("// README:fin"));
    String snippet = source.substring(start, end + 1);
    assertThat(Files.readString(Path.of("../../README.md"))).contains(snippet);
  }
}
