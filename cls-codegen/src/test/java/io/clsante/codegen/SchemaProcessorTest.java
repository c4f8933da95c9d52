package io.clsante.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema's processor, run by the compiler on a small model written like cls-model (with the
 * model's own annotations): it writes the schema of every kind of value and constraint the reader
 * understands, and stops the compilation, at the place, on anything else.
 */
class SchemaProcessorTest {
  private static final String TARGET = "p/schema.json";
  private static final Path MODEL = Path.of(System.getProperty("basedir", "."))
      .resolve("../cls-model/src/main/java/io/clsante/model");

  /** A small format: every kind of value, cardinality and constraint the reader understands. */
  static Map<String, String> sources() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("p/Root.java", """
        package p;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import com.fasterxml.jackson.annotation.JsonPropertyOrder;
        import io.clsante.model.DonneePersonnelle;
        import io.clsante.model.Extensions;
        import io.clsante.model.VersionFormat;
        import io.clsante.model.format.Description;
        import io.clsante.model.format.JsonDocument;
        import jakarta.validation.Valid;
        import jakarta.validation.constraints.*;
        import java.math.BigDecimal;
        import java.time.LocalDate;
        import java.util.List;
        import java.util.Optional;
        import org.immutables.value.Value;
        @Value.Immutable
        @JsonPropertyOrder({"version", "id", "title", "count", "share", "kind", "parts", "day", "flag", "mail",
            "extra"})
        @JsonDocument(id = "https://example.org/1.1/t.json", title = "T", description = "A test document.",
            example = "{\\"version\\": \\"1.1\\", \\"id\\": \\"a-1\\", \\"title\\": \\"x\\", \\"count\\": 1.50}")
        @Description("The root.")
        public interface Root {
          @JsonProperty("version") @Description("Version.") @NotNull VersionFormat version();
          @JsonProperty("id") @Description("Id.") @NotNull @LocalId String id();
          @JsonProperty("title") @Description("Title.") @NotNull @NotBlank @Size(min = 2, max = 9) String title();
          @JsonProperty("count") @Description("Count.") @Positive @Max(99) int count();
          @JsonProperty("share") @Description("Share.")
          Optional<@DecimalMin(value = "0", inclusive = false) @DecimalMax("100.0") BigDecimal> share();
          @JsonProperty("kind") @Description("Kind.") @Value.Default default Kind kind() {
            return Kind.B;
          }
          @JsonProperty("parts") @Description("Parts.") @Size(max = 3) List<@Valid Part> parts();
          @JsonProperty("day") @Description(value = "Day.", examples = "\\"2025-01-31\\"") Optional<LocalDate> day();
          @JsonProperty("flag") @Description("Flag.") @Value.Default default boolean flag() {
            return false;
          }
          @JsonProperty("mail") @Description("Mail.") @DonneePersonnelle
          Optional<@Email @Size(max = 50) String> mail();
          @JsonProperty("extra") @Description("Extra.") Optional<Extensions> extra();
          default String derived() {
            return id() + title();
          }
        }
        """);
    s.put("p/Part.java", """
        package p;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import com.fasterxml.jackson.annotation.JsonPropertyOrder;
        import io.clsante.model.format.Description;
        import jakarta.validation.constraints.*;
        import java.util.List;
        import org.immutables.value.Value;
        @Value.Immutable
        @JsonPropertyOrder({"code", "notes", "year"})
        @Description("A part.")
        public interface Part {
          @JsonProperty("code") @Description("Code.") @NotNull Code code();
          @JsonProperty("notes") @Description("Notes.") List<@NotBlank @Size(max = 10) String> notes();
          @JsonProperty("year") @Description("Year.") java.util.Optional<@Min(1990) @Max(2100) Integer> year();
        }
        """);
    s.put("p/Code.java", """
        package p;
        import com.fasterxml.jackson.annotation.JsonCreator;
        import io.clsante.model.format.Description;
        import io.clsante.model.format.JsonString;
        @JsonString(pattern = "^[A-Z]{2}$")
        @Description(value = "A code.", examples = {"\\"AB\\"", "\\"CD\\""})
        public final class Code {
          @JsonCreator
          public static Code parse(CharSequence text) {
            return new Code();
          }
          @com.fasterxml.jackson.annotation.JsonValue
          @Override
          public String toString() {
            return "AB";
          }
        }
        """);
    s.put("p/Kind.java", """
        package p;
        import io.clsante.model.CodeList;
        import io.clsante.model.format.Description;
        @Description("Kind of root.")
        public enum Kind implements CodeList {
          A,
          B
        }
        """);
    s.put("p/LocalId.java", """
        package p;
        import io.clsante.model.format.Description;
        import jakarta.validation.Constraint;
        import jakarta.validation.Payload;
        import jakarta.validation.constraints.Pattern;
        import jakarta.validation.constraints.Size;
        import java.lang.annotation.*;
        @Constraint(validatedBy = {})
        @Pattern(regexp = "^[a-z][a-z0-9-]*$")
        @Size(max = 8)
        @jakarta.validation.ReportAsSingleViolation
        @Target({ElementType.METHOD, ElementType.TYPE_USE})
        @Retention(RetentionPolicy.RUNTIME)
        @Description(value = "A local id.", examples = "\\"a-1\\"")
        public @interface LocalId {
          String message() default "local id";
          Class<?>[] groups() default {};
          Class<? extends Payload>[] payload() default {};
        }
        """);
    // The parts of the model the reader knows by name, as small as the reader needs them.
    s.put("io/clsante/model/VersionFormat.java", """
        package io.clsante.model;
        import com.fasterxml.jackson.annotation.JsonCreator;
        import io.clsante.model.format.Description;
        @Description(value = "Version.", examples = "\\"1.1\\"")
        public final class VersionFormat {
          public static final int SUPPORTED_MAJOR = 1;
          private static final int CURRENT_MINOR = 1;
          @JsonCreator
          public static VersionFormat parse(CharSequence text) {
            return new VersionFormat();
          }
          @com.fasterxml.jackson.annotation.JsonValue
          @Override
          public String toString() {
            return "1.1";
          }
        }
        """);
    s.put("io/clsante/model/Extensions.java", """
        package io.clsante.model;
        import com.fasterxml.jackson.annotation.JsonCreator;
        import io.clsante.model.format.Description;
        @Description(value = "Free.", examples = "{\\"vendor\\": {\\"n\\": 1}}")
        public final class Extensions {
          @JsonCreator
          public static Extensions of(tools.jackson.databind.node.ObjectNode node) {
            return new Extensions();
          }
          @com.fasterxml.jackson.annotation.JsonValue
          public tools.jackson.databind.node.ObjectNode asJsonNode() {
            return null;
          }
        }
        """);
    s.put("tools/jackson/databind/node/ObjectNode.java", """
        package tools.jackson.databind.node;
        public final class ObjectNode {}
        """);
    s.put("io/clsante/model/json/StrictLocalDate.java", """
        package io.clsante.model.json;
        import io.clsante.model.format.Description;
        import io.clsante.model.format.JsonString;
        @JsonString(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        @Description(value = "A day.", examples = "\\"2025-11-13\\"")
        final class StrictLocalDate {
          static java.time.LocalDate parse(String text) {
            return null;
          }
        }
        """);
    return s;
  }

  private static final String EXPECTED = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.org/1.1/t.json",
        "title": "T",
        "description": "A test document.",
        "$comment": "%s",
        "$ref": "#/$defs/Root",
        "examples": [
          {
            "version": "1.1",
            "id": "a-1",
            "title": "x",
            "count": 1.50
          }
        ],
        "$defs": {
          "Root": {
            "type": "object",
            "description": "The root.",
            "additionalProperties": false,
            "required": [
              "version",
              "id",
              "title",
              "count"
            ],
            "properties": {
              "version": {
                "$ref": "#/$defs/VersionFormat",
                "description": "Version."
              },
              "id": {
                "$ref": "#/$defs/LocalId",
                "description": "Id."
              },
              "title": {
                "type": "string",
                "minLength": 2,
                "maxLength": 9,
                "pattern": "[^\\\\u0000-\\\\u0020]",
                "description": "Title."
              },
              "count": {
                "type": "integer",
                "minimum": 1,
                "maximum": 99,
                "description": "Count."
              },
              "share": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 100.0,
                "description": "Share."
              },
              "kind": {
                "$ref": "#/$defs/Kind",
                "default": "B",
                "description": "Kind."
              },
              "parts": {
                "type": "array",
                "maxItems": 3,
                "items": {
                  "$ref": "#/$defs/Part"
                },
                "description": "Parts."
              },
              "day": {
                "$ref": "#/$defs/LocalDate",
                "description": "Day.",
                "examples": [
                  "2025-01-31"
                ]
              },
              "flag": {
                "type": "boolean",
                "default": false,
                "description": "Flag."
              },
              "mail": {
                "type": "string",
                "maxLength": 50,
                "description": "Mail."
              },
              "extra": {
                "$ref": "#/$defs/Extensions",
                "description": "Extra."
              }
            }
          },
          "Part": {
            "type": "object",
            "description": "A part.",
            "additionalProperties": false,
            "required": [
              "code"
            ],
            "properties": {
              "code": {
                "$ref": "#/$defs/Code",
                "description": "Code."
              },
              "notes": {
                "type": "array",
                "items": {
                  "type": "string",
                  "maxLength": 10,
                  "pattern": "[^\\\\u0000-\\\\u0020]"
                },
                "description": "Notes."
              },
              "year": {
                "type": "integer",
                "minimum": 1990,
                "maximum": 2100,
                "description": "Year."
              }
            }
          },
          "Extensions": {
            "type": "object",
            "description": "Free.",
            "examples": [
              {
                "vendor": {
                  "n": 1
                }
              }
            ]
          },
          "Kind": {
            "type": "string",
            "enum": [
              "A",
              "B"
            ],
            "description": "Kind of root. Valeurs — A : Label A ; B : Label \\"B\\"."
          },
          "VersionFormat": {
            "type": "string",
            "enum": [
              "1.0",
              "1.1"
            ],
            "description": "Version.",
            "examples": [
              "1.1"
            ]
          },
          "LocalId": {
            "type": "string",
            "maxLength": 8,
            "pattern": "^[a-z][a-z0-9-]*$",
            "description": "A local id.",
            "examples": [
              "a-1"
            ]
          },
          "Code": {
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "A code.",
            "examples": [
              "AB",
              "CD"
            ]
          },
          "LocalDate": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A day.",
            "examples": [
              "2025-11-13"
            ]
          }
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void understoodModel_givesItsSchema() throws IOException {
    assertEquals(List.of(), compile(sources(), true));
    String schema = Files.readString(dir.resolve("out").resolve(TARGET), StandardCharsets.UTF_8);
    assertEquals(String.format(EXPECTED, SchemaWriter.COMMENT), schema);
  }

  /**
   * What a minor version added is said in the schema of that version: a shorthand type admits an
   * object or a string, each keyword applying to its type; added properties and codes and relaxed
   * requirements say since when.
   */
  @Test
  void versionedModel_saysWhatEachVersionAdded() throws IOException {
    Map<String, String> sources = sources();
    sources.compute("p/Part.java", (f, source) -> source
        .replace("@Description(\"A part.\")\n", "@Description(\"A part.\")\n"
            + "@io.clsante.model.format.Shorthand(\"code\") @io.clsante.model.format.Since(\"1.1\")\n")
        .replace("@JsonProperty(\"notes\")", "@io.clsante.model.format.Since(\"1.1\") @JsonProperty(\"notes\")")
        .replace("@JsonProperty(\"year\")", "@io.clsante.model.format.OptionalSince(\"1.1\") @JsonProperty(\"year\")"));
    sources.compute("p/Kind.java", (f, source) -> source.replace("  B\n", "  @io.clsante.model.format.Since(\"1.1\") B\n"));
    assertEquals(List.of(), compile(sources, true));
    String schema = Files.readString(dir.resolve("out").resolve(TARGET), StandardCharsets.UTF_8)
        .replaceAll("\\s+", " ");
    assertTrue(schema.contains("\"Part\": { \"type\": [ \"object\", \"string\" ], \"description\": \"A part. S'écrit"
        + " aussi, en bref, comme la chaîne de sa propriété « code ». Forme objet depuis la version 1.1.\","
        + " \"additionalProperties\": false, \"required\": [ \"code\" ], \"pattern\": \"^[A-Z]{2}$\","), schema);
    assertTrue(schema.contains("\"description\": \"Notes. Depuis la version 1.1.\""), schema);
    assertTrue(schema.contains("\"description\": \"Year. Facultative depuis la version 1.1.\""), schema);
    assertTrue(schema.contains("B : Label \\\"B\\\" (depuis 1.1)."), schema);
  }

  @Test
  void sameModel_sameBytes() throws IOException {
    assertEquals(List.of(), compile(sources(), true));
    byte[] first = Files.readAllBytes(dir.resolve("out").resolve(TARGET));
    Files.delete(dir.resolve("out").resolve(TARGET));
    assertEquals(List.of(), compile(sources(), true));
    assertEquals(new String(first, StandardCharsets.UTF_8),
        Files.readString(dir.resolve("out").resolve(TARGET), StandardCharsets.UTF_8));
  }

  @Test
  void withoutTheOption_nothingIsWritten() throws IOException {
    assertEquals(List.of(), compile(sources(), false));
    assertFalse(Files.exists(dir.resolve("out").resolve(TARGET)));
  }

  static Stream<Arguments> notUnderstood() {
    return Stream.of(
        Arguments.of("a property without description", "p/Part.java",
            "@JsonProperty(\"code\") @Description(\"Code.\")", "@JsonProperty(\"code\")", "no @Description"),
        Arguments.of("a type without description", "p/Part.java", "@Description(\"A part.\")\n", "",
            "no @Description"),
        Arguments.of("a code list without description", "p/Kind.java", "@Description(\"Kind of root.\")\n", "",
            "no @Description"),
        Arguments.of("a property left out of the order", "p/Part.java", "\"code\", \"notes\", \"year\"",
            "\"code\", \"notes\"", "does not name each property"),
        Arguments.of("no order", "p/Part.java", "@JsonPropertyOrder({\"code\", \"notes\", \"year\"})\n", "",
            "no @JsonPropertyOrder"),
        Arguments.of("an attribute that is no property", "p/Part.java", "@JsonProperty(\"year\")",
            "String other();\n  @JsonProperty(\"year\")", "abstract accessor without @JsonProperty"),
        Arguments.of("a value of a type not understood", "p/Part.java",
            "java.util.Optional<@Min(1990) @Max(2100) Integer> year();", "java.util.Optional<Long> year();",
            "a value of type java.lang.Long is not understood"),
        Arguments.of("a map", "p/Part.java", "java.util.Optional<@Min(1990) @Max(2100) Integer> year();",
            "java.util.Map<String, String> year();", "java.util.Map is not understood"),
        Arguments.of("a built-in constraint not understood", "p/Part.java", "@Min(1990) @Max(2100) Integer",
            "@Negative Integer", "@Negative is not understood"),
        Arguments.of("a constraint on a value it does not apply to", "p/Part.java", "@Min(1990) @Max(2100) Integer",
            "@Size(max = 2) Integer", "does not apply to a value of kind INTEGER"),
        Arguments.of("a pattern with flags", "p/Part.java", "@NotBlank @Size(max = 10) String",
            "@Pattern(regexp = \"a\", flags = Pattern.Flag.CASE_INSENSITIVE) String", "@Pattern with flags"),
        Arguments.of("a constraint with groups", "p/Part.java", "@NotBlank @Size(max = 10) String",
            "@NotBlank(groups = Object.class) String", "with groups is not understood"),
        Arguments.of("constraints on an Optional itself", "p/Part.java",
            "java.util.Optional<@Min(1990) @Max(2100) Integer> year();",
            "@NotNull java.util.Optional<Integer> year();", "constraints on an Optional"),
        Arguments.of("a model type without @Valid", "p/Root.java", "List<@Valid Part>", "List<Part>",
            "without @Valid"),
        Arguments.of("@Valid on a string", "p/Part.java", "List<@NotBlank @Size", "List<@jakarta.validation.Valid "
            + "@NotBlank @Size", "@Valid on a value that is not a model type"),
        Arguments.of("a default that is no constant", "p/Root.java", "return Kind.B;",
            "return Kind.values()[1];", "returns one constant"),
        Arguments.of("a default on an Optional", "p/Part.java",
            "@JsonProperty(\"year\") @Description(\"Year.\") "
                + "java.util.Optional<@Min(1990) @Max(2100) Integer> year();",
            "@JsonProperty(\"year\") @Description(\"Year.\") @org.immutables.value.Value.Default "
                + "default java.util.Optional<Integer> year() {\n    return java.util.Optional.empty();\n  }",
            "@Value.Default on an Optional"),
        Arguments.of("a code without label", "p/Kind.java", "  B\n", "  B,\n  C\n",
            "the code has no French label: add Kind.C"),
        Arguments.of("an example that is no JSON", "p/Code.java", "\"\\\"CD\\\"\"", "\"CD\"", "is not JSON text"),
        Arguments.of("an example the pattern refuses", "p/Code.java", "\"\\\"CD\\\"\"", "\"\\\"cd\\\"\"",
            "does not match ^[A-Z]{2}$"),
        Arguments.of("a version example not read", "io/clsante/model/VersionFormat.java", "\"\\\"1.1\\\"\"",
            "\"\\\"2.0\\\"\"", "is not one of the versions"),
        Arguments.of("a value type without factory", "p/Code.java", "@JsonCreator\n", "",
            "no static @JsonCreator method"),
        Arguments.of("a composed constraint with a validator", "p/LocalId.java", "validatedBy = {}",
            "validatedBy = V.class", "has a validator of its own"),
        Arguments.of("a type not reached from the root", "p/Root.java", "List<@Valid Part> parts();",
            "List<@Size(max = 1) String> parts();", "not reached from the root"),
        Arguments.of("no root", "p/Root.java", "@JsonDocument(", "@NotRoot(",
            "no @Value.Immutable type is annotated @JsonDocument"),
        Arguments.of("@Since on a required property", "p/Part.java", "@NotNull Code code();",
            "@io.clsante.model.format.Since(\"1.1\") @NotNull Code code();", "@Since on a required property"),
        Arguments.of("@Since naming the first version", "p/Part.java", "List<@NotBlank @Size(max = 10) String> notes();",
            "@io.clsante.model.format.Since(\"1.0\") List<@NotBlank @Size(max = 10) String> notes();",
            "is not one of the versions after the first [1.1]"),
        Arguments.of("@OptionalSince on a list", "p/Part.java", "List<@NotBlank @Size(max = 10) String> notes();",
            "@io.clsante.model.format.OptionalSince(\"1.1\") List<@NotBlank @Size(max = 10) String> notes();",
            "@OptionalSince is understood on an Optional"),
        Arguments.of("@Since on a type without @Shorthand", "p/Part.java", "@Description(\"A part.\")\n",
            "@Description(\"A part.\")\n@io.clsante.model.format.Since(\"1.1\")\n",
            "@Since on a type is understood with @Shorthand only"),
        Arguments.of("@Shorthand naming no property", "p/Part.java", "@Description(\"A part.\")\n",
            "@Description(\"A part.\")\n@io.clsante.model.format.Shorthand(\"nope\")\n", "which is not a property"),
        Arguments.of("@Shorthand naming a number", "p/Part.java", "@Description(\"A part.\")\n",
            "@Description(\"A part.\")\n@io.clsante.model.format.Shorthand(\"year\")\n",
            "which does not hold one string"),
        Arguments.of("@Shorthand leaving out a required property", "p/Root.java", "@Description(\"The root.\")",
            "@Description(\"The root.\") @io.clsante.model.format.Shorthand(\"title\")",
            "leaves out the required property \"version\""),
        Arguments.of("a value type written otherwise than by toString()", "p/Code.java",
            "public String toString() {", "public String text() {", "is its toString(), annotated @JsonValue"),
        Arguments.of("a version written otherwise than by toString()", "io/clsante/model/VersionFormat.java",
            "@com.fasterxml.jackson.annotation.JsonValue\n", "", "the string of the version is its toString()"),
        Arguments.of("@JsonInclude on a type", "p/Part.java", "@Description(\"A part.\")\n",
            "@Description(\"A part.\")\n@com.fasterxml.jackson.annotation.JsonInclude("
                + "com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)\n", "@JsonInclude on a type"),
        Arguments.of("@JsonInclude other than NON_DEFAULT", "p/Root.java",
            "@Value.Default default boolean flag()", "@Value.Default @com.fasterxml.jackson.annotation.JsonInclude("
                + "com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) default boolean flag()",
            "@JsonInclude is understood as @JsonInclude(NON_DEFAULT)"),
        Arguments.of("@JsonInclude(NON_DEFAULT) on a default that is not Java's", "p/Root.java",
            "@Value.Default default Kind kind()", "@Value.Default @com.fasterxml.jackson.annotation.JsonInclude("
                + "com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) default Kind kind()",
            "@JsonInclude is understood as @JsonInclude(NON_DEFAULT)"),
        Arguments.of("an @Value.Derived property", "p/Part.java", "List<@NotBlank @Size(max = 10) String> notes();",
            "@org.immutables.value.Value.Derived default List<String> notes() {\n    return List.of();\n  }",
            "@Derived on a property is not understood"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUnderstood")
  void anythingElse_stopsTheCompilation(String name, String file, String from, String to, String message)
      throws IOException {
    Map<String, String> sources = sources();
    String source = sources.get(file);
    assertTrue(source.contains(from), from + " in " + source);
    sources.put(file, source.replace(from, to));
    if (name.equals("no root")) {
      sources.put("p/NotRoot.java", """
          package p;
          @interface NotRoot {
            String id();
            String title();
            String description();
            String example();
          }
          """);
    }
    if (name.equals("a composed constraint with a validator")) {
      sources.put("p/V.java", """
          package p;
          public final class V implements jakarta.validation.ConstraintValidator<LocalId, String> {
            public boolean isValid(String v, jakarta.validation.ConstraintValidatorContext c) {
              return true;
            }
          }
          """);
    }
    List<String> errors = compile(sources, true);
    assertTrue(errors.stream().anyMatch(e -> e.contains(message)), errors.toString());
    assertFalse(Files.exists(dir.resolve("out").resolve(TARGET)), "no schema written");
  }

  /** Compiles the sources, with the model's annotations, by the processor alone; returns the errors. */
  private List<String> compile(Map<String, String> sources, boolean withOption) throws IOException {
    return compile(dir, sources, new SchemaProcessor(),
        withOption ? List.of("-A" + SchemaProcessor.TARGET_OPTION + "=" + TARGET) : List.of());
  }

  /**
   * Compiles sources, with the model's annotations, by one processor alone, into {@code dir}
   * ({@code gen} for the sources it generates, {@code out} for the files); returns the errors.
   */
  static List<String> compile(Path dir, Map<String, String> sources, javax.annotation.processing.Processor processor,
      List<String> options) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = dir.resolve("src").resolve(s.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    for (String annotation : List.of("format/Description.java", "format/JsonString.java", "format/JsonDocument.java",
        "format/Since.java", "format/OptionalSince.java", "format/Shorthand.java",
        "DonneePersonnelle.java", "CodeList.java")) {
      files.add(MODEL.resolve(annotation));
    }
    Files.createDirectories(dir.resolve("gen"));
    Files.createDirectories(dir.resolve("out").resolve("p"));
    // The labels of the code lists, among the classes as the build copies them before compiling.
    Files.writeString(dir.resolve("out").resolve("p").resolve("labels.properties"),
        "Kind.A=Label A\nKind.B=Label \"B\"\n", StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "-proc:only", "-s",
          dir.resolve("gen").toString(), "-d", dir.resolve("out").toString(), "-classpath", classPath()));
      args.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, args, null,
          fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(processor));
      task.call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        // Located at its declaration: the file, then the message.
        errors.add((d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ": ")
            + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  /** The jars of the annotations the sources use. */
  private static String classPath() {
    return Stream.of(jakarta.validation.Constraint.class, org.immutables.value.Value.class,
            com.fasterxml.jackson.annotation.JsonProperty.class)
        .map(c -> {
          try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
          } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
          }
        })
        .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow();
  }
}
