package io.clsante.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.spi.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the catalog is fully described, in French and in English. */
class RuleCatalogTest {

  static Stream<Rule> rules() {
    return RuleCatalog.builtIn().rules().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRule_hasAStableIdAndBothLanguages(Rule rule) {
    assertTrue(rule.id().matches("CLS-[A-Z]{3,4}-\\d{3}"), rule.id());
    for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      assertFalse(rule.summary(l).isBlank(), rule.id() + " summary " + l);
      assertFalse(rule.rationale(l).isBlank(), rule.id() + " rationale " + l);
      assertFalse(rule.message(l, List.of("a", "b", "c", "d")).isBlank(), rule.id() + " message " + l);
    }
    assertTrue(!rule.summary(Locale.FRENCH).equals(rule.summary(Locale.ENGLISH)),
        rule.id() + " has the same summary in both languages");
  }

  static Stream<String> bundles() {
    return Stream.concat(Stream.of(""),
        io.clsante.rules.internal.BuiltInRules.FAMILIES.stream().map(f -> f + "/"));
  }

  @ParameterizedTest(name = "{0}messages")
  @MethodSource("bundles")
  void bundles_haveTheSameKeysInBothLanguages(String dir) throws IOException {
    Properties fr = load(dir + "messages.properties");
    Properties en = load(dir + "messages_en.properties");
    assertEquals(fr.keySet(), en.keySet());
    assertTrue(load(dir + "messages_fr.properties").isEmpty());
  }

  @Test
  void frenchIsChosenWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Rule r = RuleCatalog.builtIn().find("CLS-SIG-001").orElseThrow();
      assertTrue(r.summary(Locale.FRENCH).startsWith("Une ARS"), r.summary(Locale.FRENCH));
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RuleCatalogTest.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
