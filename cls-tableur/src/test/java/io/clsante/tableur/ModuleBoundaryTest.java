package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module exports its one package, whose public types are the documented API alone. */
class ModuleBoundaryTest {
  private static Path classes() throws URISyntaxException {
    return Path.of(TetImport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void module_exportsOnlyItsPackage_andTheRulesTransitively() throws Exception {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("io.clsante.tableur", d.name());
    assertEquals(Set.of("io.clsante.tableur"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("io.clsante.rules")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    assertTrue(d.opens().isEmpty());
  }

  @Test
  void publicTypes_areTheApi() throws Exception {
    Set<String> publics;
    try (Stream<Path> files = Files.walk(classes().resolve("io/clsante/tableur"))) {
      List<String> names = files.map(Path::getFileName).map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length())).toList();
      publics = names.stream().filter(n -> {
        try {
          return Modifier.isPublic(Class.forName("io.clsante.tableur." + n).getModifiers());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }).collect(Collectors.toSet());
    }
    assertEquals(Set.of("TetImport", "TetExport", "FichesCsv", "Metadonnees", "ResultatImport", "Note",
        "TableurException"), publics);
  }
}
