package io.clsante.testkit.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's Java examples are compiled code of this package: each part of a source file between
 * {@code // README:debut} and {@code // README:fin} is in the README verbatim, after the imports it
 * uses, the way a reader can copy it into a file of their own.
 */
class ReadmeSnippetTest {
  static final Path SOURCES = Path.of("src/test/java/io/clsante/testkit/exemple");
  static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```\n", Pattern.DOTALL);
  static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+);$", Pattern.MULTILINE);

  @ParameterizedTest
  @ValueSource(strings = {"LireEtValiderTest.java", "RecordStyleAccessors.java", "BeanValidationTest.java",
      "ExportDesFichesTest.java"})
  void readme_showsEachMarkedPart_withTheImportsItUses(String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file));
    List<String> snippets = snippets(source);
    assertFalse(snippets.isEmpty(), file + " has no README markers");
    String readme = readme();
    for (String snippet : snippets) {
      String shown = imports(source, snippet) + "\n" + snippet;
      assertTrue(readme.contains("```java\n" + shown + "```\n"), "README.md must contain, verbatim:\n" + shown);
    }
  }

  @Test
  void everyJavaExampleOfTheReadme_startsWithItsImports() throws IOException {
    Matcher block = JAVA_BLOCK.matcher(readme());
    int blocks = 0;
    while (block.find()) {
      blocks++;
      assertTrue(block.group(1).startsWith("import "), "a Java example without its imports:\n" + block.group(1));
    }
    assertEquals(5, blocks);
  }

  @Test
  void imports_areThoseWhoseNameTheSnippetUses_inTheSourcesOrder() {
    String source = """
        package p;

        import static org.junit.jupiter.api.Assertions.assertEquals;
        import static org.junit.jupiter.api.Assertions.assertTrue;

        import java.util.List;
        import java.util.Locale;
        import java.util.Set;
        """;
    assertEquals("import static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport java.util.List;\n"
        + "import java.util.Set;\n", imports(source, "assertEquals(Set.of(), List.copyOf(locales));\n"));
    assertEquals("import java.util.Locale;\n", imports(source, "Locale fr = Locale.FRENCH;\n"));
    assertEquals("", imports(source, "Settings listed = assertEqualsOf(s);\n"));
  }

  /** The marked parts of a source file, each without the indentation common to its lines. */
  static List<String> snippets(String source) {
    List<String> snippets = new ArrayList<>();
    for (int at = source.indexOf("// README:debut"); at >= 0; at = source.indexOf("// README:debut", at + 1)) {
      int start = source.indexOf('\n', at) + 1;
      int end = source.lastIndexOf('\n', source.indexOf("// README:fin", start));
      List<String> lines = source.substring(start, end + 1).lines().toList();
      int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
          .min().orElse(0);
      snippets.add(lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
          .collect(Collectors.joining("\n", "", "\n")));
    }
    return snippets;
  }

  /**
   * The imports of a source file whose simple name the snippet uses as a word, in the file's order:
   * the static ones, then a blank line, then the others.
   */
  static String imports(String source, String snippet) {
    List<String> statics = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      if (Pattern.compile("\\b" + m.group(3) + "\\b").matcher(snippet).find()) {
        (m.group(1) != null ? statics : others).add(m.group() + "\n");
      }
    }
    String staticPart = String.join("", statics);
    String otherPart = String.join("", others);
    return staticPart.isEmpty() || otherPart.isEmpty() ? staticPart + otherPart : staticPart + "\n" + otherPart;
  }

  static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }
}
