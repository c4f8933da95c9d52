package io.clsante.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's processor, run by the compiler on the small model of {@link SchemaProcessorTest}:
 * what it writes for each kind of value and cardinality, the omissions of the canonical form, the
 * short form; and the compilation it stops, at the declaration, on what it cannot write.
 */
class WriterProcessorTest {
  private static final String OPTION = "-A" + WriterProcessor.TARGET_OPTION + "=p.ModelWriter";

  @TempDir
  Path dir;

  /** The small model, and the generator the writer's signatures name, as small as they need it. */
  static Map<String, String> sources() {
    Map<String, String> s = SchemaProcessorTest.sources();
    s.put("tools/jackson/core/JsonGenerator.java", """
        package tools.jackson.core;
        public abstract class JsonGenerator {}
        """);
    return s;
  }

  private String generated(Map<String, String> sources) throws IOException {
    assertEquals(List.of(), SchemaProcessorTest.compile(dir, sources, new WriterProcessor(), List.of(OPTION)));
    return Files.readString(dir.resolve("gen").resolve("p").resolve("ModelWriter.java"), StandardCharsets.UTF_8);
  }

  /** What the small model's writer holds: for each case, the statements generated. */
  static Stream<Arguments> smallModel() {
    return Stream.of(
        Arguments.of("the document", "static void write(tools.jackson.core.JsonGenerator g, p.Root v) {\n"
            + "    root(g, v);\n  }"),
        Arguments.of("an object", "static void root(tools.jackson.core.JsonGenerator g, p.Root v) {\n"
            + "    g.writeStartObject();\n    g.writeName(\"version\");\n"),
        Arguments.of("the version, as its string", "g.writeString(v.version().toString());"),
        Arguments.of("a required string", "    g.writeName(\"id\");\n    g.writeString(v.id());\n"),
        Arguments.of("an int", "    g.writeName(\"count\");\n    g.writeNumber(v.count());\n"),
        Arguments.of("an optional decimal, left out when absent", "    if (v.share().isPresent()) {\n"
            + "      g.writeName(\"share\");\n      g.writeNumber(v.share().get());\n    }\n"),
        Arguments.of("a code with a default, always written", "    g.writeName(\"kind\");\n"
            + "    g.writeString(v.kind().code());\n"),
        Arguments.of("a list of objects, left out when empty", "    if (!v.parts().isEmpty()) {\n"
            + "      g.writeName(\"parts\");\n      g.writeStartArray();\n      for (var item : v.parts()) {\n"
            + "        part(g, item);\n      }\n      g.writeEndArray();\n    }\n"),
        Arguments.of("a date, as its string", "      g.writeString(v.day().get().toString());\n"),
        Arguments.of("a flag with a default, always written", "    g.writeName(\"flag\");\n"
            + "    g.writeBoolean(v.flag());\n"),
        Arguments.of("a free object, as its tree", "      Trees.write(g, v.extra().get().asJsonNode());\n"),
        Arguments.of("the end of an object", "    g.writeEndObject();\n  }\n"),
        Arguments.of("a value type, as its string", "    g.writeName(\"code\");\n"
            + "    g.writeString(v.code().toString());\n"),
        Arguments.of("a list of strings", "        g.writeString(item);\n"),
        Arguments.of("an optional Integer", "      g.writeNumber(v.year().get().intValue());\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smallModel")
  void smallModel_givesItsWriter(String name, String statements) throws IOException {
    String writer = generated(sources());
    assertTrue(writer.contains(statements), name + ":\n" + statements + "\nnot in:\n" + writer);
  }

  @Test
  void flagLeftOutByDefault_writtenWhenSet() throws IOException {
    Map<String, String> sources = sources();
    sources.compute("p/Root.java", (f, s) -> s.replace("@Value.Default default boolean flag()",
        "@Value.Default @com.fasterxml.jackson.annotation.JsonInclude("
            + "com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) default boolean flag()"));
    assertTrue(generated(sources).contains("    if (v.flag() != false) {\n      g.writeName(\"flag\");\n"
        + "      g.writeBoolean(v.flag());\n    }\n"));
  }

  @Test
  void shorthandType_writtenAsTheStringOfItsPropertyAlone() throws IOException {
    Map<String, String> sources = sources();
    sources.compute("p/Part.java", (f, s) -> s.replace("@Description(\"A part.\")\n",
        "@Description(\"A part.\")\n@io.clsante.model.format.Shorthand(\"code\")\n"));
    String writer = generated(sources);
    assertTrue(writer.contains("  static java.util.Optional<String> partShortForm(p.Part v) {\n"
        + "    return v.notes().isEmpty()\n        && v.year().isEmpty()\n"
        + "        ? java.util.Optional.of(v.code().toString()) : java.util.Optional.empty();\n  }\n"), writer);
    assertTrue(writer.contains("  static void part(tools.jackson.core.JsonGenerator g, p.Part v) {\n"
        + "    java.util.Optional<String> shortForm = partShortForm(v);\n    if (shortForm.isPresent()) {\n"
        + "      g.writeString(shortForm.get());\n      return;\n    }\n    g.writeStartObject();\n"), writer);
  }

  @Test
  void shorthandTypeWithADefault_stopsTheCompilationAtTheProperty() throws IOException {
    Map<String, String> sources = sources();
    sources.compute("p/Part.java", (f, s) -> s.replace("@Description(\"A part.\")\n",
        "@Description(\"A part.\")\n@io.clsante.model.format.Shorthand(\"code\")\n")
        .replace("java.util.Optional<@Min(1990) @Max(2100) Integer> year();",
            "@org.immutables.value.Value.Default default int year() {\n    return 0;\n  }"));
    List<String> errors = SchemaProcessorTest.compile(dir, sources, new WriterProcessor(), List.of(OPTION));
    assertEquals(List.of("Part.java: writer: a @Shorthand type whose property \"year\" has a default is not"
        + " generated: whether the shorthand property alone is set would depend on that default"), errors);
    assertFalse(Files.exists(dir.resolve("gen").resolve("p").resolve("ModelWriter.java")), "no writer written");
  }

  @Test
  void modelNotUnderstood_stopsTheCompilation() throws IOException {
    Map<String, String> sources = sources();
    sources.compute("p/Code.java", (f, s) -> s.replace("public String toString() {", "public String text() {"));
    List<String> errors = SchemaProcessorTest.compile(dir, sources, new WriterProcessor(), List.of(OPTION));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("Code.java: ") && e.contains("is its toString()")),
        errors.toString());
    assertFalse(Files.exists(dir.resolve("gen").resolve("p").resolve("ModelWriter.java")), "no writer written");
  }

  @Test
  void withoutTheOption_nothingIsWritten() throws IOException {
    assertEquals(List.of(), SchemaProcessorTest.compile(dir, sources(), new WriterProcessor(),
        List.of()));
    assertFalse(Files.exists(dir.resolve("gen").resolve("p").resolve("ModelWriter.java")));
  }
}
