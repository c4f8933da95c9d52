package io.clsante.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports its API only: two public types; the engine stays hidden. */
class ModuleBoundaryTest {

  /** The compiled descriptor next to the classes (unit tests run on the class path). */
  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    Path classes = Path.of(ClsSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_exportsOnlyTheApiPackage_andRequiresTheModelTransitively() throws Exception {
    ModuleDescriptor d = descriptor();
    assertEquals("io.clsante.schema", d.name());
    assertEquals(Set.of("io.clsante.schema"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("io.clsante.model")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("com.networknt.schema")
        && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    assertTrue(d.opens().isEmpty());
  }

  @Test
  void onlyClsSchemaAndSchemaViolation_arePublic() {
    for (Class<?> c : List.of(OfflineSchemas.class, Violations.class, EcmaRegularExpressions.class)) {
      assertFalse(Modifier.isPublic(c.getModifiers()), c.getName());
    }
    assertTrue(Modifier.isPublic(ClsSchema.class.getModifiers()) && Modifier.isFinal(ClsSchema.class.getModifiers()));
    assertTrue(Modifier.isPublic(SchemaViolation.class.getModifiers()) && SchemaViolation.class.isRecord());
  }

  @Test
  void publicApi_exposesNoEngineType() {
    for (var m : ClsSchema.class.getMethods()) {
      assertFalse(m.getReturnType().getName().startsWith("com.networknt"), m.toString());
      for (Class<?> p : m.getParameterTypes()) {
        assertFalse(p.getName().startsWith("com.networknt"), m.toString());
      }
    }
  }
}
