package io.clsante.rules.referentiel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The description written beside the bundled resource by {@code tools/referentiel/convert.mjs}. */
final class Cog2026Properties {
  private static final Properties PROPERTIES = load();

  private Cog2026Properties() {}

  static int count(String kind) {
    String value = PROPERTIES.getProperty("count." + kind);
    if (value == null) {
      throw new IllegalArgumentException("count." + kind + " absent de cog-2026.properties");
    }
    return Integer.parseInt(value);
  }

  static String get(String key) {
    return PROPERTIES.getProperty(key);
  }

  /** The data in the public text format, a test resource: the library bundles the compact one. */
  static InputStream resource() {
    InputStream in = Cog2026Properties.class.getResourceAsStream("cog-2026.tsv.gz");
    if (in == null) {
      throw new IllegalStateException("cog-2026.tsv.gz absent du classpath");
    }
    return in;
  }

  private static Properties load() {
    try (InputStream in = Cog2026Properties.class.getResourceAsStream("cog-2026.properties")) {
      if (in == null) {
        throw new IllegalStateException("cog-2026.properties absent du classpath");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
