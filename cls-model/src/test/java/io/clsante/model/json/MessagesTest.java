package io.clsante.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundle of the structural problems: the same keys in every language, and every key used exists. */
class MessagesTest {

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void frenchAndEnglish_haveTheSameKeys_andFrenchFileIsEmpty() throws IOException {
    Properties fr = load("messages.properties");
    Properties en = load("messages_en.properties");
    assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    assertTrue(load("messages_fr.properties").isEmpty());
    // The base is French, whatever the platform's locale.
    assertEquals(fr.getProperty("json.empty"), ResourceBundle.getBundle(StructuralProblem.BUNDLE, Locale.FRENCH)
        .getString("json.empty"));
  }

  /**
   * Every key exists: those of the generated pass, and every key written as a literal in a source
   * file of the package (the hand-written pass, the limits, the reader, the exception).
   */
  @Test
  void everyKeyUsed_exists() throws IOException {
    Set<String> used = new TreeSet<>(ModelPass.MESSAGE_KEYS);
    Pattern key = Pattern.compile("\"((?:json|schema|value|constraint)\\.[A-Za-z.]+|exception(?:\\.[A-Za-z.]+)?)\"");
    List<Path> sources;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/clsante/model/json"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher m = key.matcher(Files.readString(source));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertTrue(used.containsAll(List.of("json.io.notFound", "json.duplicate", "json.limit.propertyCount",
        "exception", "exception.located")), used.toString());
    Arrays.stream(JsonType.values()).forEach(t -> used.add("type." + t.keyword()));
    Arrays.stream(SchemaKeyword.values()).filter(k -> k != SchemaKeyword.OTHER && k != SchemaKeyword.FORMAT
        && k != SchemaKeyword.CONST).forEach(k -> used.add("schema." + k.keyword()));
    assertTrue(used.size() > 50, used.toString());
    Properties fr = load("messages.properties");
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(fr.stringPropertyNames());
    assertEquals(Set.of(), missing);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "de"})
  void everyMessage_renders(String language) throws IOException {
    Locale locale = Locale.forLanguageTag(language);
    for (String key : load("messages.properties").stringPropertyNames()) {
      String rendered = new StructuralProblem("CLS-X", "k", "", -1, -1, key, List.of("a", 1, "b", 2))
          .message(locale);
      assertFalse(rendered.isBlank(), key);
      assertFalse(rendered.matches(".*\\{[0-9]}.*"), key + ": " + rendered);
    }
  }
}
