package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API only: {@code io.clsante.schema} with one public type, {@link ClsSchema};
 * it needs the model and nothing else (no schema engine at run time).
 */
class ModuleBoundaryTest {

  /** The compiled classes of the module (unit tests run on the class path). */
  private static Path classes() throws URISyntaxException {
    return Path.of(ClsSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_exportsOnlyTheApiPackage_andRequiresOnlyTheModel_transitively() throws Exception {
    ModuleDescriptor d = descriptor();
    assertEquals("io.clsante.schema", d.name());
    assertEquals(Set.of("io.clsante.schema"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertEquals(Set.of("io.clsante.model", "java.base"),
        d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("io.clsante.model")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    assertTrue(d.opens().isEmpty());
    assertEquals(Set.of("io.clsante.schema"), d.packages());
  }

  @Test
  void clsSchema_isTheOnlyClassOfTheModule_publicAndFinal() throws Exception {
    Set<String> classFiles;
    try (Stream<Path> files = Files.walk(classes().resolve("io/clsante/schema"))) {
      classFiles = files.map(Path::getFileName).map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.equals("package-info.class")).collect(Collectors.toSet());
    }
    assertTrue(classFiles.contains("ClsSchema.class"), classFiles::toString);
    assertTrue(classFiles.stream().allMatch(f -> f.equals("ClsSchema.class") || f.startsWith("ClsSchema$")),
        classFiles::toString);
    assertTrue(Modifier.isPublic(ClsSchema.class.getModifiers()) && Modifier.isFinal(ClsSchema.class.getModifiers()));
    assertEquals(0, ClsSchema.class.getClasses().length, "a public nested type");
  }
}
