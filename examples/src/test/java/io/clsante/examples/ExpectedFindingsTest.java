package io.clsante.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clsante.rules.ClsValidator;
import io.clsante.rules.Finding;
import io.clsante.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each reference contract sits beside {@code <name>.findings.txt}, the findings the validator
 * reports on it (national profile, reference date 2026-11-22): one line per finding, severity, rule
 * id and pointer. Warnings for what the source page leaves out are expected; an ERROR never is.
 * To refresh after a deliberate change: {@code -Dcls.examples.write=true}, then review the diff.
 *
 * <p>The same for {@code format-1.0/}, the reference contracts as format 1.0 published them: a
 * document of an earlier minor version keeps its verdict.
 */
class ExpectedFindingsTest {
  static final List<Path> DIRS = List.of(Path.of("contrats"), Path.of("format-1.0"));
  static final ClsValidator VALIDATOR = ClsValidator.builder().referenceDate(LocalDate.of(2026, 11, 22)).build();

  static Stream<Path> contracts() throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (Path dir : DIRS) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  static String lines(Report report) {
    return report.findings().stream()
        .map((Finding f) -> f.severity() + " " + f.ruleId() + " " + (f.pointer().isEmpty() ? "/" : f.pointer()))
        .sorted().map(l -> l + "\n").collect(Collectors.joining());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void referenceContract_hasExactlyItsExpectedFindings_andNoError(Path contract) throws IOException {
    Report report = VALIDATOR.validate(contract);
    String name = contract.getFileName().toString();
    Path expected = contract.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".findings.txt");
    String actual = lines(report);
    if (Boolean.getBoolean("cls.examples.write")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(expected), expected + " is missing");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, report.toString());
    assertTrue(report.isValid(), report.toString());
  }

  @org.junit.jupiter.api.Test
  void everyFindingsFile_hasItsContract() throws IOException {
    for (Path dir : DIRS) {
      try (Stream<Path> s = Files.list(dir)) {
        List<Path> orphans = s.filter(p -> p.toString().endsWith(".findings.txt"))
            .filter(p -> !Files.exists(Path.of(p.toString().replace(".findings.txt", ".json"))))
            .collect(Collectors.toList());
        assertEquals(List.of(), orphans);
      }
    }
  }

  /** The documents of format 1.0 declare it: they are what the earlier version wrote. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void formatVersion_isTheDirectorysOne(Path contract) throws IOException {
    String declared = Files.readString(contract).contains("\"formatVersion\": \"1.0\"") ? "1.0" : "current";
    assertEquals(contract.getParent().endsWith("format-1.0") ? "1.0" : "current", declared, contract.toString());
  }
}
