package io.clsante.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void frenchAndEnglish_haveTheSameKeys() throws IOException {
    assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    assertEquals(0, keys("messages_fr.properties").size());
  }

  private static java.util.Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
      p.load(in);
    }
    return p.stringPropertyNames();
  }
}
