package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher script {@code src/main/sh/cls}, run by {@code /bin/sh} in a directory laid out as
 * the build leaves it (the script beside its jar) or as the distribution does ({@code bin/cls},
 * {@code lib/cls-cli.jar}), with a stand-in for {@code java} that prints the arguments it is given:
 * which JVM it runs, with which archive, where it finds the jar when called through symbolic links,
 * and how it fails without a jar or without a Java 17 or later.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {
  static final Path SCRIPT = Path.of("src/main/sh/cls");

  @TempDir
  Path tmp;
  /** Where the launcher is installed, as in target/: the script and its jar. */
  Path home;
  /** A PATH with the tools the script needs and no java. */
  Path tools;

  record Run(int code, List<String> javaArgs, String err) {}

  @BeforeEach
  void install() throws IOException {
    home = Files.createDirectories(tmp.resolve("install dir"));
    Files.copy(SCRIPT, home.resolve("cls"));
    Files.createFile(home.resolve("cls-cli.jar"));
    tools = Files.createDirectories(tmp.resolve("tools"));
    for (String tool : List.of("dirname", "readlink")) {
      Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
          .findFirst().orElseThrow();
      executable(tools.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
    }
  }

  static void executable(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A stand-in for the java program of a Java 17: see {@link #fakeJava(Path, String)}. */
  Path fakeJava(Path jdk) throws IOException {
    return fakeJava(jdk, "17.0.2");
  }

  /**
   * A stand-in for the java program: prints its path, then each argument on its own line; its
   * installation's {@code release} file gives the version, as a JDK's does.
   */
  Path fakeJava(Path jdk, String version) throws IOException {
    Path java = fakeJavaWithoutRelease(jdk, "");
    Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    return java;
  }

  /** A stand-in for a java program without a release file, whose {@code -version} prints a text. */
  Path fakeJavaWithoutRelease(Path jdk, String versionText) throws IOException {
    Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
    executable(java, "#!/bin/sh\nif [ \"$1\" = -version ]; then printf '%s\\n' '" + versionText + "' >&2; exit 0; fi\n"
        + "echo \"$0\"\nfor a in \"$@\"; do echo \"$a\"; done\n");
    return java;
  }

  Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", tools.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    return new Run(code, out.isEmpty() ? List.of() : List.of(out.split("\n")), err);
  }

  @Test
  void throughSymbolicLinks_runsTheArchivesJvmWithItsAotCache_andTheJarBesideTheScript() throws Exception {
    Path java = fakeJava(tmp.resolve("jdk-25"));
    Files.writeString(home.resolve("cls.jvm"), java + "\n");
    Files.createFile(home.resolve("cls.aot"));
    // A relative link to an absolute link to the script.
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(links.resolve("cls-abs"), home.resolve("cls"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("cls"), Path.of("../links/cls-abs"));

    Run r = run(bin.resolve("cls"), Map.of("CLS_JAVA_OPTS", "-Xmx64m"), "validate", "a file.json");

    assertEquals(0, r.code, r.err);
    String dir = home.toRealPath().toString();
    assertEquals(List.of(java.toString(), "-XX:AOTCache=" + dir + "/cls.aot", "-Xlog:aot=off", "-Xlog:cds=off",
        "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx64m",
        "-jar", dir + "/cls-cli.jar", "validate", "a file.json"), r.javaArgs);
  }

  @ParameterizedTest(name = "cls {0}, spreadsheet cache present: {1} -> {2}")
  @CsvSource({
    "import, true, cls-tableur.aot",
    "export, true, cls-tableur.aot",
    "validate, true, cls.aot",
    "render, true, cls.aot",
    "--version, true, cls.aot",
    "import, false, cls.aot",
  })
  void spreadsheetCommands_runOnTheSpreadsheetCache(String command, boolean tableurCache, String expected)
      throws Exception {
    Path java = fakeJava(tmp.resolve("jdk-25"));
    Files.writeString(home.resolve("cls.jvm"), java + "\n");
    Files.createFile(home.resolve("cls.aot"));
    if (tableurCache) {
      Files.createFile(home.resolve("cls-tableur.aot"));
    }

    Run r = run(home.resolve("cls"), Map.of(), command, "plan.xlsx");

    assertEquals(0, r.code, r.err);
    assertEquals("-XX:AOTCache=" + home.toRealPath() + "/" + expected, r.javaArgs.get(1));
    assertEquals(List.of(command, "plan.xlsx"), r.javaArgs.subList(r.javaArgs.size() - 2, r.javaArgs.size()));
  }

  @Test
  void classDataArchive_isGivenToTheJvmThatWroteIt() throws Exception {
    Path java = fakeJava(tmp.resolve("jdk-17"));
    Files.writeString(home.resolve("cls.jvm"), java + "\n");
    Files.createFile(home.resolve("cls.jsa"));

    Run r = run(home.resolve("cls"), Map.of(), "--version");

    assertEquals(0, r.code, r.err);
    assertEquals(java.toString(), r.javaArgs.get(0));
    assertEquals("-XX:SharedArchiveFile=" + home.toRealPath() + "/cls.jsa", r.javaArgs.get(1));
    assertEquals("--version", r.javaArgs.get(r.javaArgs.size() - 1));
  }

  @Test
  void archivesJvmGone_runsJavaHomeWithoutTheArchive() throws Exception {
    Files.writeString(home.resolve("cls.jvm"), tmp.resolve("gone/bin/java") + "\n");
    Files.createFile(home.resolve("cls.aot"));
    Path other = fakeJava(tmp.resolve("other-jdk"));

    Run r = run(home.resolve("cls"), Map.of("JAVA_HOME", tmp.resolve("other-jdk").toString()), "rules");

    assertEquals(0, r.code, r.err);
    assertEquals(other.toString(), r.javaArgs.get(0));
    assertTrue(r.javaArgs.stream().noneMatch(a -> a.contains("cls.aot") || a.contains("cls.jsa")), r.javaArgs.toString());
    assertEquals("-XX:TieredStopAtLevel=1", r.javaArgs.get(1));
  }

  @Test
  void noJava_exitsTwoWithAMessage() throws Exception {
    Run r = run(home.resolve("cls"), Map.of(), "validate", "x.json");

    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals(List.of(), r.javaArgs);
    assertEquals("cls : Java introuvable : installez Java 17 ou plus récent, ou indiquez son répertoire"
        + " dans JAVA_HOME.\n", r.err);
  }

  @Test
  void javaHomeWithoutJava_exitsTwoWithAMessage() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("not-a-jdk"));

    Run r = run(home.resolve("cls"), Map.of("JAVA_HOME", empty.toString()), "validate", "x.json");

    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals("cls : Java introuvable : JAVA_HOME (" + empty + ") ne contient pas bin/java.\n", r.err);
  }

  @Test
  void distributionLayout_throughALinkOnThePath_findsTheJarInLib() throws Exception {
    Path dist = Files.createDirectories(tmp.resolve("cls-1.0/bin"));
    Files.copy(SCRIPT, dist.resolve("cls"));
    Files.createFile(Files.createDirectories(tmp.resolve("cls-1.0/lib")).resolve("cls-cli.jar"));
    Path java = fakeJava(tmp.resolve("jdk-17"));
    Files.createSymbolicLink(tools.resolve("cls"), dist.resolve("cls"));

    Run r = run(tools.resolve("cls"), Map.of("JAVA_HOME", tmp.resolve("jdk-17").toString()), "validate", "x.json");

    assertEquals(0, r.code, r.err);
    assertEquals(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-jar", tmp.toRealPath() + "/cls-1.0/lib/cls-cli.jar", "validate", "x.json"), r.javaArgs);
  }

  @Test
  void noJar_exitsTwoWithAMessage() throws Exception {
    Files.delete(home.resolve("cls-cli.jar"));
    fakeJava(tmp.resolve("jdk-17"));

    Run r = run(home.resolve("cls"), Map.of("JAVA_HOME", tmp.resolve("jdk-17").toString()), "validate", "x.json");

    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals(List.of(), r.javaArgs);
    String dir = home.toRealPath().toString();
    assertEquals("cls : cls-cli.jar introuvable, ni dans " + dir + " ni dans " + dir + "/../lib : l'installation est"
        + " incomplète ; décompressez de nouveau l'archive de cls.\n", r.err);
  }

  @Test
  void javaOfThePath_isFoundThroughItsLinks_andItsReleaseFileChecked() throws Exception {
    Path java = fakeJava(tmp.resolve("jdk-21"), "21.0.5");
    Files.createSymbolicLink(tools.resolve("java"), java);

    Run r = run(home.resolve("cls"), Map.of(), "--version");

    assertEquals(0, r.code, r.err);
    assertEquals(java.toString(), r.javaArgs.get(0));
    assertEquals("--version", r.javaArgs.get(r.javaArgs.size() - 1));
  }

  @Test
  void withoutReleaseFile_theVersionIsWhatJavaPrints() throws Exception {
    Path java = fakeJavaWithoutRelease(tmp.resolve("jre"), "openjdk version \"25.0.1\" 2025-10-21");

    Run r = run(home.resolve("cls"), Map.of("JAVA_HOME", tmp.resolve("jre").toString()), "rules");

    assertEquals(0, r.code, r.err);
    assertEquals(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-jar", home.toRealPath() + "/cls-cli.jar", "rules"), r.javaArgs);
  }

  /** Java installations the launcher refuses: too old, or of a version it cannot read. */
  static Stream<Arguments> unsuitableJavas() {
    return Stream.of(
        Arguments.of("11.0.24", null, "cls : Java 11.0.24 (%s) est trop ancien : cls demande Java 17 ou plus récent ;"
            + " installez-le, ou indiquez son répertoire dans JAVA_HOME.\n"),
        Arguments.of("1.8.0_402", null, "cls : Java 1.8.0_402 (%s) est trop ancien : cls demande Java 17 ou plus"
            + " récent ; installez-le, ou indiquez son répertoire dans JAVA_HOME.\n"),
        Arguments.of(null, "java version \"1.8.0_402\"", "cls : Java 1.8.0_402 (%s) est trop ancien : cls demande"
            + " Java 17 ou plus récent ; installez-le, ou indiquez son répertoire dans JAVA_HOME.\n"),
        Arguments.of(null, "Error: could not open jvm.cfg", "cls : version de Java inconnue (%s) : cls demande Java 17"
            + " ou plus récent ; indiquez son répertoire dans JAVA_HOME.\n"));
  }

  @ParameterizedTest
  @MethodSource("unsuitableJavas")
  void unsuitableJava_exitsTwoWithAMessage(String release, String printed, String message) throws Exception {
    Path jdk = tmp.resolve("old-jdk");
    Path java = release != null ? fakeJava(jdk, release) : fakeJavaWithoutRelease(jdk, printed);

    Run r = run(home.resolve("cls"), Map.of("JAVA_HOME", jdk.toString()), "validate", "x.json");

    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals(List.of(), r.javaArgs);
    assertEquals(String.format(message, java), r.err);
  }
}
