package io.clsante.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The labels of every code list of the model, in both languages. */
class CodeListTest {

  /** Every enum of the model package that implements CodeList, found in the compiled classes. */
  static List<Class<?>> codeLists() {
    try (Stream<Path> files = Files.list(Path.of(CodeList.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/clsante/model"))) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .<Class<?>>map(n -> load("io.clsante.model." + n.substring(0, n.length() - ".class".length())))
          .filter(c -> c.isEnum() && CodeList.class.isAssignableFrom(c))
          .sorted(Comparator.comparing(Class::getSimpleName))
          .collect(Collectors.toList());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void codeLists_areFound() {
    assertTrue(codeLists().containsAll(List.of(StatutContrat.class, TypeActeur.class, BaseTaxe.class)), codeLists().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void everyConstant_hasANonBlankLabelInBothLanguages(Class<?> type) {
    for (Object constant : type.getEnumConstants()) {
      CodeList code = (CodeList) constant;
      String fr = code.label(Locale.FRENCH);
      String en = code.label(Locale.ENGLISH);
      assertFalse(fr.isBlank(), code + " fr");
      assertFalse(en.isBlank(), code + " en");
      assertEquals(fr, code.libelle());
      assertEquals(fr, code.label(null));
      assertEquals(fr, code.label(Locale.GERMAN));
      assertEquals(en, code.label(Locale.UK));
    }
  }

  @Test
  void labelBundles_haveAKeyForEveryConstant_andNoOther() {
    Set<String> constants = codeLists().stream()
        .flatMap(t -> Arrays.stream(t.getEnumConstants()).map(c -> t.getSimpleName() + "." + ((CodeList) c).code()))
        .collect(Collectors.toSet());
    assertEquals(constants, keys("labels.properties"));
    assertEquals(constants, keys("labels_en.properties"));
    assertEquals(Set.of(), keys("labels_fr.properties"));
  }

  @Test
  void labels_followTheLanguageAsked() {
    assertEquals("En vigueur", StatutContrat.EN_VIGUEUR.label(Locale.FRENCH));
    assertEquals("in force", StatutContrat.EN_VIGUEUR.label(Locale.ENGLISH));
    assertEquals("Agence régionale de santé", TypeActeur.ARS.libelle());
  }

  @Test
  void frenchIsChosenWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("En vigueur", StatutContrat.EN_VIGUEUR.label(Locale.FRENCH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static Set<String> keys(String file) {
    Properties p = new Properties();
    try (InputStream in = CodeList.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.stringPropertyNames();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
