package io.clsante.rules.referentiel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.id.Siren;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Reads the data in the public text format (written by the converter beside the bundled compact
 * resource, which {@link CompactReferentielTest} compares with it) as plain text, without the
 * loader, and checks what does not depend on it: SIREN keys and the number of lines of each kind.
 */
class Cog2026ResourceTest {

  private static List<String[]> lines() throws IOException {
    List<String[]> lines = new ArrayList<>();
    try (InputStream in = Cog2026Properties.resource();
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line.split("\t", -1));
      }
    }
    return lines;
  }

  @Test
  void everySirenOfEpciAndCommunePassesTheLuhnCheck() throws IOException {
    List<String> invalid = new ArrayList<>();
    int checked = 0;
    for (String[] fields : lines()) {
      List<String> sirens = switch (fields[0]) {
        case "EPCI" -> List.of(fields[1]);
        case "COM", "COMD", "COMA", "ARM" -> List.of(fields[4], fields[6]);
        default -> List.of();
      };
      for (String siren : sirens) {
        if (!siren.isEmpty()) {
          checked++;
          if (!Siren.isValid(siren)) {
            invalid.add(fields[0] + " " + fields[1] + " : " + siren);
          }
        }
      }
    }
    assertEquals(List.of(), invalid);
    // One SIREN per EPCI, and per commune that has one, and one EPCI column per member commune.
    assertTrue(checked > Cog2026Properties.count("communes-actuelles"));
  }

  @Test
  void holdsOneLinePerEntryCountedInTheProperties() throws IOException {
    Map<String, Integer> byKind = new TreeMap<>();
    for (String[] fields : lines()) {
      byKind.merge(fields[0], 1, Integer::sum);
    }
    Map<String, Integer> expected = new TreeMap<>(Map.of(
        "FORMAT", 1,
        "MILLESIME", 1,
        "REG", Cog2026Properties.count("regions"),
        "DEP", Cog2026Properties.count("departements"),
        "COM", Cog2026Properties.count("communes-actuelles"),
        "COMD", Cog2026Properties.count("communes-deleguees"),
        "COMA", Cog2026Properties.count("communes-associees"),
        "ARM", Cog2026Properties.count("arrondissements-municipaux"),
        "EPCI", Cog2026Properties.count("epci")));
    assertEquals(expected, byKind);
  }

  @Test
  void namesTheLicenceAndSourceOfTheData() {
    assertEquals("Licence Ouverte 2.0 / Etalab", Cog2026Properties.get("licence"));
    assertEquals("@etalab/decoupage-administratif", Cog2026Properties.get("source.package"));
    assertEquals("6.0.0", Cog2026Properties.get("source.version"));
  }
}
