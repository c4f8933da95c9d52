package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.CodeList;
import io.clsante.rules.spi.Rule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of cls-model and cls-rules has the same keys in every locale: the base file
 * (French), the {@code _en} file (English, which defines every key itself rather than falling back
 * to French), and the {@code _fr} file, which exists so that a French locale never falls back to the
 * platform's default locale and adds no key of its own. The bundles are found in the modules'
 * compiled resources: a bundle added later is checked without changing this test.
 */
class MessageBundlesTest {

  /**
   * One bundle of a module.
   *
   * @param root the root of the module's resources (a directory or a jar)
   * @param base the path of the base file without {@code .properties}, for example
   *     {@code io/clsante/rules/cycle/messages}
   */
  record Bundle(Path root, String base) {
    Set<String> keys(String suffix) {
      Path file = root.resolve(base + suffix + ".properties");
      assertTrue(Files.exists(file), file + " is missing");
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new TreeSet<>(p.stringPropertyNames());
    }

    @Override
    public String toString() {
      return base;
    }
  }

  /** The bundles of the modules of CodeList (cls-model) and Rule (cls-rules). */
  static List<Bundle> bundles() {
    return Stream.of(CodeList.class, Rule.class).map(MessageBundlesTest::resources).flatMap(root -> {
      try (Stream<Path> files = Files.walk(root)) {
        return files.map(f -> root.relativize(f).toString().replace('\\', '/'))
            .filter(name -> name.endsWith("_en.properties"))
            .map(name -> new Bundle(root, name.substring(0, name.length() - "_en.properties".length())))
            .toList().stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sorted((a, b) -> a.base().compareTo(b.base())).toList();
  }

  @Test
  void bundles_ofBothModulesAreFound() {
    Set<String> found = new HashSet<>(bundles().stream().map(Bundle::base).toList());
    assertTrue(found.containsAll(Set.of("io/clsante/model/labels", "ContributorValidationMessages",
        "io/clsante/rules/messages", "io/clsante/rules/cycle/messages")), found.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void everyLocale_hasTheSameKeys(Bundle bundle) {
    Set<String> base = bundle.keys("");
    assertEquals(base, bundle.keys("_en"), "the English file differs from the base file");
    Set<String> french = new TreeSet<>(bundle.keys("_fr"));
    french.removeAll(base);
    assertEquals(Set.of(), french, "keys of the French file that the base file lacks");
  }

  /** The root of a module's compiled classes and resources: a directory, or the root of its jar. */
  private static Path resources(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(location)
          ? location : FileSystems.newFileSystem(location, Map.of()).getPath("/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
