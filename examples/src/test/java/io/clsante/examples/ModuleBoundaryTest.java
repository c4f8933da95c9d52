package io.clsante.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.rules.ClsValidator;
import io.clsante.schema.ClsSchema;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The library's modules export their API packages and nothing else. */
class ModuleBoundaryTest {

  private static Set<String> exported(Module m) {
    Set<String> out = new TreeSet<>();
    for (String p : m.getPackages()) {
      if (m.isExported(p)) {
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void examplesRunAsANamedModule() {
    assertTrue(ModuleBoundaryTest.class.getModule().isNamed(), "the examples must run on the module path");
    assertEquals("io.clsante.examples", ModuleBoundaryTest.class.getModule().getName());
  }

  @Test
  void eachLibraryModuleExportsOnlyItsApi() {
    assertEquals(Set.of("io.clsante.model", "io.clsante.model.id", "io.clsante.model.json",
        "io.clsante.model.constraints"), exported(ContratLocalDeSante.class.getModule()));
    assertEquals(Set.of("io.clsante.schema"), exported(ClsSchema.class.getModule()));
    assertEquals(Set.of("io.clsante.rules", "io.clsante.rules.spi", "io.clsante.rules.referentiel"),
        exported(ClsValidator.class.getModule()));
    assertTrue(ClsValidator.class.getModule().getPackages().contains("io.clsante.rules.internal"));
  }
}
