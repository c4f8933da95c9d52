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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The constraint table's processor, run by the compiler on small model-like sources: it writes the
 * table of what it understands, and stops the compilation, at the place, on anything else.
 */
class ConstraintsProcessorTest {
  private static final String TARGET = "p.internal.Constraints";
  private static final Pattern TYPE_NAME = Pattern.compile("interface (\\w+)");

  /** A composed constraint like the model's local ids: a pattern and a size, no validator of its own. */
  private static final String LOCAL_ID = """
      package p;
      import jakarta.validation.Constraint;
      import jakarta.validation.Payload;
      import jakarta.validation.constraints.Pattern;
      import jakarta.validation.constraints.Size;
      import java.lang.annotation.*;
      @Constraint(validatedBy = {})
      @Pattern(regexp = "^[a-z]+$")
      @Size(min = 1, max = 64)
      @jakarta.validation.ReportAsSingleViolation
      @Target({ElementType.METHOD, ElementType.TYPE_USE})
      @Retention(RetentionPolicy.RUNTIME)
      public @interface LocalId {
        String message() default "local id";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
      }
      """;

  private static final String GOOD = """
      package p;
      import jakarta.validation.Valid;
      import jakarta.validation.constraints.*;
      import java.util.List;
      import java.util.Optional;
      import org.immutables.value.Value;
      @Value.Immutable
      public interface Good {
        @NotNull @LocalId String id();
        Optional<@Min(1990) @Max(2100) Integer> year();
        List<@Valid Part> parts();
        @Pattern(regexp = "^a\\"b$", flags = Pattern.Flag.CASE_INSENSITIVE) String text();
        int unconstrained();
        @Value.Immutable
        interface Part {
          @DecimalMin(value = "0", inclusive = false) java.math.BigDecimal share();
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void understoodDeclarations_giveTheTable() throws IOException {
    List<String> errors = compile(GOOD, LOCAL_ID);
    assertEquals(List.of(), errors);
    assertTrue(Files.exists(dir.resolve("out/p/internal/Constraints.class")), "the table compiles");
    String table = Files.readString(dir.resolve("gen/p/internal/Constraints.java"));
    for (String expected : List.of(
        "public final class Constraints extends ConstraintTable",
        "Constraint.of(jakarta.validation.constraints.NotNull.class, Map.of(), List.of())",
        "Constraint.of(jakarta.validation.constraints.Size.class, Map.of(\"max\", 64, \"min\", 1), List.of())",
        "Constraint.of(p.LocalId.class, Map.of(), List.of(c",
        "Map.of(\"flags\", List.of(), \"regexp\", \"^[a-z]+$\")",
        "Map.of(\"value\", 1990L)",
        "Map.of(\"inclusive\", false, \"value\", \"0\")",
        "Map.of(\"flags\", List.of(jakarta.validation.constraints.Pattern.Flag.CASE_INSENSITIVE), "
            + "\"regexp\", \"^a\\\"b$\")",
        "new Property(\"year\", 1, java.util.Optional.class, List.of(), false, "
            + "List.of(new Argument(java.lang.Integer.class, List.of(c",
        "new Argument(p.Good.Part.class, List.of(), true, false)",
        "return ((p.Good) bean).id();",
        "return ((p.Good.Part) bean).share();")) {
      assertTrue(table.contains(expected), expected + " in\n" + table);
    }
    assertFalse(table.contains("unconstrained"), table);
  }

  @Test
  void withoutTheOption_nothingIsGenerated() throws IOException {
    assertEquals(List.of(), compile(List.of(), GOOD, LOCAL_ID));
    assertFalse(Files.exists(dir.resolve("gen/p/internal/Constraints.java")));
  }

  static Stream<Arguments> notUnderstood() {
    return Stream.of(
        Arguments.of("a built-in constraint the pre-check does not decide",
            "@jakarta.validation.constraints.Past java.time.LocalDate day();", "", "Past is not understood"),
        Arguments.of("a constraint with a validator of its own", "@Checked String value();", """
            @jakarta.validation.Constraint(validatedBy = Checked.V.class)
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            @interface Checked {
              String message() default "";
              Class<?>[] groups() default {};
              Class<? extends jakarta.validation.Payload>[] payload() default {};
              final class V implements jakarta.validation.ConstraintValidator<Checked, String> {
                public boolean isValid(String v, jakarta.validation.ConstraintValidatorContext c) {
                  return true;
                }
              }
            }
            """, "has a validator of its own"),
        Arguments.of("a composed constraint that overrides an attribute", "@Short String value();", """
            @jakarta.validation.Constraint(validatedBy = {})
            @jakarta.validation.constraints.Size
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            @interface Short {
              String message() default "";
              Class<?>[] groups() default {};
              Class<? extends jakarta.validation.Payload>[] payload() default {};
              @jakarta.validation.OverridesAttribute(constraint = jakarta.validation.constraints.Size.class,
                  name = "max")
              int max() default 1;
            }
            """, "overrides an attribute"),
        Arguments.of("a composed constraint of one not understood", "@Old java.time.LocalDate day();", """
            @jakarta.validation.Constraint(validatedBy = {})
            @jakarta.validation.constraints.Past
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            @interface Old {
              String message() default "";
              Class<?>[] groups() default {};
              Class<? extends jakarta.validation.Payload>[] payload() default {};
            }
            """, "Past is not understood"),
        Arguments.of("a constraint attribute of a type not understood", "@Kind String value();", """
            @jakarta.validation.Constraint(validatedBy = {})
            @jakarta.validation.constraints.NotNull
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            @interface Kind {
              String message() default "";
              Class<?>[] groups() default {};
              Class<? extends jakarta.validation.Payload>[] payload() default {};
              Class<?> of() default String.class;
            }
            """, "attribute value"),
        Arguments.of("a constraint with groups",
            "@jakarta.validation.constraints.Size(max = 3, groups = Object.class) String value();", "",
            "with groups is not understood"),
        Arguments.of("repeated constraints", """
            @jakarta.validation.constraints.Size.List({@jakarta.validation.constraints.Size(max = 3),
                @jakarta.validation.constraints.Size(min = 1)}) String value();""", "",
            "repeated constraints"),
        Arguments.of("a constraint on a type argument of a type argument",
            "java.util.List<java.util.List<@jakarta.validation.constraints.NotNull String>> values();", "",
            "type argument of a type argument"),
        Arguments.of("a constraint on a wildcard",
            "java.util.List<@jakarta.validation.constraints.NotNull ? extends CharSequence> values();", "",
            "not a class"),
        Arguments.of("@Valid on the type itself", "@jakarta.validation.Valid interface Bad {}", "",
            "@Valid on a type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUnderstood")
  void anythingElse_stopsTheCompilation(String name, String accessor, String constraint, String message)
      throws IOException {
    // An accessor, or a whole type when it says so.
    String type = "package p;\n@org.immutables.value.Value.Immutable\n"
        + (accessor.endsWith("}") ? accessor : "interface Bad {\n  " + accessor + "\n}\n");
    List<String> sources = new ArrayList<>(List.of(type));
    if (!constraint.isEmpty()) {
      sources.add("package p;\n" + constraint);
    }
    List<String> errors = compile(sources.toArray(new String[0]));
    assertEquals(1, errors.stream().filter(e -> e.contains(message)).count(), errors.toString());
    assertFalse(Files.exists(dir.resolve("gen/p/internal/Constraints.java")), "no table written");
  }

  private List<String> compile(String... sources) throws IOException {
    return compile(List.of("-A" + ConstraintsProcessor.TARGET_OPTION + "=" + TARGET), sources);
  }

  /** Compiles the sources with the processor alone; returns the errors. */
  private List<String> compile(List<String> options, String... sources) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/p"));
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      Matcher name = TYPE_NAME.matcher(source);
      assertTrue(name.find(), source);
      Path file = src.resolve(name.group(1) + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      files.add(file);
    }
    // The table's base class, as the model declares it: the generated source is compiled against it.
    files.add(Path.of(System.getProperty("basedir", "."))
        .resolve("../cls-model/src/main/java/io/clsante/model/internal/ConstraintTable.java"));
    Files.createDirectories(dir.resolve("gen"));
    Files.createDirectories(dir.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> args = new ArrayList<>(List.of("-s", dir.resolve("gen").toString(),
          "-d", dir.resolve("out").toString(), "-classpath", classPath()));
      args.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, args, null,
          fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new ConstraintsProcessor()));
      task.call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  /** The jars of the annotations the sources use. */
  private static String classPath() {
    try {
      return Path.of(jakarta.validation.Constraint.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          + java.io.File.pathSeparator
          + Path.of(org.immutables.value.Value.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
