package io.clsante.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.CodeList;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.DateCalendaire;
import io.clsante.model.json.ClsJson;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Severity;
import io.clsante.rules.referentiel.ReferentielTerritorial;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator is deterministic, covers the model, and gives valid contracts at any reference date. */
class ContratGeneratorTest {
  private static final ContratGenerator GENERATOR = ContratGenerator.standard();
  private static final List<ContratLocalDeSante> MILLE = new ArrayList<>();

  @BeforeAll
  static void generate() {
    for (int i = 0; i < 1000; i++) {
      MILLE.add(GENERATOR.generate(500_000 + i, 1 + i % 12));
    }
  }

  @Test
  void sameSeedAndSize_giveEqualContractsAndIdenticalBytes() {
    ContratGenerator other = ContratGenerator.standard().withReferenceDate(ContratGenerator.DATE_DE_REFERENCE);
    for (int i = 0; i < 50; i++) {
      assertEquals(GENERATOR.generate(i, 1 + i % 20), other.generate(i, 1 + i % 20));
      assertArrayEquals(GENERATOR.generateJson(i, 1 + i % 20), other.generateJson(i, 1 + i % 20));
    }
    assertNotEquals(GENERATOR.generate(1, 10), GENERATOR.generate(2, 10));
    assertNotEquals(GENERATOR.generate(1, 10), GENERATOR.generate(1, 11));
  }

  // The bytes of a few seeds are pinned: the same on every machine, JDK and run (no clock, no hash
  // order, no Math.random). An intended change of the generator updates these digests.
  @Test
  void output_isPinnedAcrossMachinesAndRuns() throws Exception {
    assertEquals("1f40ad32031eb3564278f3cfdedf87bd73c6658cf9bdb82326e45c56abb6cebf", sha256(GENERATOR.generateJson(20261122, 10)));
  }

  @Test
  void size_isCheckedAndScalesTheContract() {
    assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(1, 0));
    assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(1, 1001));
    assertThrows(IllegalArgumentException.class, () -> GENERATOR.withReferenceDate(LocalDate.of(1900, 1, 1)));
    long small = 0;
    long large = 0;
    for (int i = 0; i < 30; i++) {
      small += GENERATOR.generateJson(i, 1).length;
      large += GENERATOR.generateJson(i, 30).length;
    }
    assertTrue(large > 3 * small, small + " vs " + large);
  }

  @Test
  void territory_isARealEpciWithItsArs() {
    ReferentielTerritorial cog = ReferentielTerritorial.cog2026();
    for (ContratLocalDeSante c : MILLE.subList(0, 200)) {
      var region = c.territoire().region().orElseThrow();
      assertTrue(cog.region(region).isPresent());
      var epci = cog.epci(c.territoire().epci().get(0).siren()).orElseThrow();
      assertTrue(c.territoire().communes().stream().allMatch(t -> epci.membres().contains(t.code())
          || c.territoire().epci().size() > 1), c.identifiant());
      assertTrue(c.acteurs().stream().anyMatch(a -> a.type() == io.clsante.model.TypeActeur.ARS
          && a.codeRegion().equals(Optional.of(region))), c.identifiant());
    }
  }

  @ParameterizedTest(name = "reference date {0}")
  @ValueSource(strings = {"2019-06-30", "2024-01-01", "2031-03-15"})
  void contracts_areValidAtTheirReferenceDate(String date) {
    LocalDate d = LocalDate.parse(date);
    ContratGenerator g = ContratGenerator.standard().withReferenceDate(d);
    ClsValidator v = ClsValidator.builder().referenceDate(d).build();
    for (int i = 0; i < 150; i++) {
      ReportAssertions.assertNoError(v.validate("graine " + i, g.generateJson(i, 1 + i % 10)));
    }
  }

  @Test
  void everyCodeOfEveryCodeList_appearsOverAThousandSeeds() throws Exception {
    Set<Enum<?>> seen = new LinkedHashSet<>();
    for (ContratLocalDeSante c : MILLE) {
      walk(c, (type, property, value) -> {
        if (value instanceof Enum<?> e) {
          seen.add(e);
        } else if (value instanceof DateCalendaire d) {
          seen.add(d.precision());
        }
      });
    }
    List<String> missing = new ArrayList<>();
    for (Class<?> codeList : codeLists()) {
      for (Object constant : codeList.getEnumConstants()) {
        if (!seen.contains(constant)) {
          missing.add(codeList.getSimpleName() + "." + constant);
        }
      }
    }
    assertTrue(codeLists().size() >= 19, "code lists found: " + codeLists());
    assertEquals(List.of(), missing, "codes never generated");
  }

  @Test
  void everyOptionalProperty_isPresentOverAThousandSeeds() {
    Set<String> present = new TreeSet<>();
    for (ContratLocalDeSante c : MILLE) {
      walk(c, (type, property, value) -> present.add(type + "." + property));
    }
    Set<String> expected = new TreeSet<>();
    properties(ContratLocalDeSante.class, expected, new LinkedHashSet<>());
    expected.removeAll(present);
    assertEquals(Set.of(), expected, "properties never generated (or always empty)");
  }

  @Test
  void warnings_areRare() {
    ClsValidator v = ClsValidator.builder().referenceDate(ContratGenerator.DATE_DE_REFERENCE).build();
    int warnings = 0;
    for (ContratLocalDeSante c : MILLE.subList(0, 300)) {
      warnings += v.validate(c).count(Severity.WARNING);
    }
    assertTrue(warnings <= 3, warnings + " warnings over 300 contracts");
  }

  // ---- reflection over the model --------------------------------------------------------------

  interface Visitor {
    void visit(String type, String property, Object value);
  }

  /** Visits every present value of every JSON property (absent optionals, empty lists and defaults skipped). */
  static void walk(Object node, Visitor visitor) {
    if (node == null || !node.getClass().getName().startsWith("io.clsante.model.Immutable")) {
      return;
    }
    Class<?> api = node.getClass().getInterfaces()[0];
    for (Method m : api.getMethods()) {
      if (!m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class) || m.getParameterCount() > 0) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(node);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String type = api.getSimpleName();
      String property = m.getName();
      if (value instanceof Optional<?> o) {
        if (o.isPresent()) {
          visitor.visit(type, property, o.get());
          walk(o.get(), visitor);
        }
      } else if (value instanceof Collection<?> list) {
        if (!list.isEmpty()) {
          visitor.visit(type, property, list);
          for (Object e : list) {
            visitor.visit(type, property, e);
            walk(e, visitor);
          }
        }
      } else if (value instanceof Boolean b) {
        if (b) {
          visitor.visit(type, property, b); // the non-default value of pasAvant, toutLeTerritoire
        }
      } else if (value instanceof Enum<?> e && m.isDefault()) {
        if (!e.name().equals("ANNUELLE")) {
          visitor.visit(type, property, e); // a non-default frequence
        } else {
          visitor.visit(type, "(default)" + property, e);
        }
      } else {
        visitor.visit(type, property, value);
        walk(value, visitor);
      }
    }
  }

  /** Every JSON property of a model type and the types it contains. */
  private static void properties(Class<?> api, Set<String> out, Set<Class<?>> done) {
    if (!done.add(api)) {
      return;
    }
    for (Method m : api.getMethods()) {
      if (!m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class) || m.getParameterCount() > 0) {
        continue;
      }
      out.add(api.getSimpleName() + "." + m.getName());
      Class<?> element = element(m.getGenericReturnType());
      if (element.isInterface() && element.getPackageName().equals("io.clsante.model")
          && Stream.of(element.getMethods()).anyMatch(x -> x.getName().equals("builder"))) {
        properties(element, out, done);
      }
    }
  }

  private static Class<?> element(Type t) {
    if (t instanceof ParameterizedType p) {
      return element(p.getActualTypeArguments()[0]);
    }
    return t instanceof Class<?> c ? c : Object.class;
  }

  /** Every enum of the model package that is a code list, found in the model's classes. */
  static List<Class<?>> codeLists() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(CodeList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve("io/clsante/model"))) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.matches("io/clsante/model/[^/]+\\.class"))
            .map(n -> n.substring("io/clsante/model/".length())).forEach(names::add);
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      Class<?> c = Class.forName("io.clsante.model." + n.substring(0, n.length() - ".class".length()));
      if (c.isEnum() && CodeList.class.isAssignableFrom(c)) {
        out.add(c);
      }
    }
    out.sort(java.util.Comparator.comparing(Class::getName));
    return out;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
