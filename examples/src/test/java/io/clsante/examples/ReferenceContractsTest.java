package io.clsante.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference contracts of {@code examples/contrats/}: each is in the canonical form the writer
 * produces, and none holds a real person's e-mail address or phone number.
 */
class ReferenceContractsTest {

  /** The tests run with the module directory {@code examples/} as working directory. */
  private static final Path CONTRATS = Path.of("contrats");

  /** Any e-mail address, or a bare {@code @} that could be one obfuscated. */
  private static final Pattern COURRIEL = Pattern.compile("@");

  /**
   * French phone numbers as pages write them: {@code 04 67 00 00 00}, {@code 06.00.00.00.00},
   * {@code 0600000000}, {@code +33 6 00 00 00 00}, {@code 0033600000000}.
   */
  private static final Pattern TELEPHONE = Pattern.compile(
      "(?<![\\d+])(?:(?:\\+|00)33[\\s.\\-]?(?:\\(0\\))?[\\s.\\-]?[1-9]|0[1-9])(?:[\\s.\\-]?\\d{2}){4}(?!\\d)");

  static Stream<Path> contrats() throws IOException {
    try (Stream<Path> files = Files.list(CONTRATS)) {
      // Collected before the directory stream closes.
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void contrats_coverEverySeedContract() throws IOException {
    Set<String> names = contrats().map(p -> p.getFileName().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(names.containsAll(List.of(
        "cls-astarac-2025-2029.json",
        "cls-saint-flour-2017-2022.json",
        "cls-pays-haut-languedoc-vignobles.json",
        "cls-gorges-causses-cevennes.json",
        "cls-terres-des-confluences-1-2019-2022.json",
        "cls-terres-des-confluences-2-2023-2027.json")), () -> "contrats trouvés : " + names);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contrats")
  void contrat_readsAndWritesBackByteIdentical(Path file) throws Exception {
    byte[] raw = Files.readAllBytes(file);
    ContratLocalDeSante contrat = ClsJson.defaults().read(file);
    byte[] written = ClsJson.defaults().writeBytes(contrat);
    assertArrayEquals(raw, written, () -> file + " n'est pas sous forme canonique : "
        + firstDifference(new String(raw, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8)));
  }

  /** Names the first line where the file and the writer's output differ. */
  private static String firstDifference(String file, String canonical) {
    String[] a = file.split("\n", -1);
    String[] b = canonical.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<fin du fichier>";
      String y = i < b.length ? b[i] : "<fin du fichier>";
      if (!x.equals(y)) {
        return "ligne " + (i + 1) + ", le fichier a « " + x + " », le rédacteur écrit « " + y + " »";
      }
    }
    return "octets différents (fins de ligne ou encodage)";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contrats")
  void contrat_identifiantMatchesFileName(Path file) throws Exception {
    ContratLocalDeSante contrat = ClsJson.defaults().read(file);
    assertEquals(file.getFileName().toString(), contrat.identifiant() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contrats")
  void contrat_holdsNoEmailNorPhone(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertFalse(COURRIEL.matcher(text).find(), () -> file + " contient « @ » (adresse électronique ?)");
    Matcher phone = TELEPHONE.matcher(text);
    assertFalse(phone.find(), () -> file + " contient un numéro de téléphone : « " + phone.group() + " »");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contrats")
  void contrat_holdsNoPersonalDataField(Path file) throws Exception {
    ContratLocalDeSante contrat = ClsJson.defaults().read(file);
    assertTrue(contrat.equals(contrat.redacted()),
        () -> file + " contient un nom, un courriel ou un téléphone de contact (données personnelles)");
  }

  @Test
  void telephonePattern_findsThePhoneFormatsPagesUse() {
    for (String phone : List.of("04 67 00 00 00", "06.00.00.00.00", "0600000000", "+33 6 00 00 00 00",
        "+33 (0)6 00 00 00 00", "0033600000000", "tél. 05-62-00-00-00.")) {
      assertTrue(TELEPHONE.matcher(phone).find(), phone);
    }
    for (String notPhone : List.of("\"200035756\"", "\"32013\"", "\"2025-11-13\"", "\"2023-06-29\"",
        "\"20006632200010\"", "10 communes", "2023-2027")) {
      assertFalse(TELEPHONE.matcher(notPhone).find(), notPhone);
    }
  }
}
