package io.clsante.tableur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyLocaleHasTheSameKeys() {
    assertEquals(new TreeSet<>(Messages.bundle(Locale.FRENCH).keySet()),
        new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet()));
  }

  /** Every key the sources use is in the bundle: a missing one would fail only when that case occurs. */
  @Test
  void everyKeyTheSourcesUseExists() throws IOException {
    Set<String> cles = Messages.bundle(Locale.FRENCH).keySet();
    Pattern usage = Pattern.compile("\"((?:fichier|limite|meta|colonne|cellule|axe|sousAction|action|service|personnel"
        + "|statut|participation|date|montant|priorite|objectifs|acteur)\\.[a-zA-Z]+)\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = usage.matcher(Files.readString(f));
        while (m.find()) {
          assertTrue(cles.contains(m.group(1)), f + " : " + m.group(1));
        }
      }
    }
  }
}
