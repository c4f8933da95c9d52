package io.clsante.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable command as a user gets it: the archives {@code target/cls-<version>.tar.gz} and
 * {@code .zip} that {@code mvn package} builds, unpacked in a temporary directory, {@code bin/cls}
 * linked from a directory of the PATH and called by its name from a shell. Run by failsafe after
 * the package phase (system properties {@code cls.distribution}, the archives' path without
 * extension, and {@code cls.examples}, the reference contracts).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DistributionIT {
  static final Path ARCHIVES = Path.of(System.getProperty("cls.distribution"));
  static final Path EXAMPLES = Path.of(System.getProperty("cls.examples"));
  /** The JVM options both launchers give, in the same order. */
  static final Pattern JVM_OPTION = Pattern.compile("-XX:[+-]?\\w+(=\\d+)?");

  @TempDir
  Path tmp;
  /** The unpacked tar.gz: cls-<version>/. */
  Path installed;
  /** A directory of the PATH that holds a link to bin/cls. */
  Path onPath;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void unpackAndLink() throws Exception {
    Path into = Files.createDirectories(tmp.resolve("opt"));
    Run untar = exec(List.of("tar", "-xzf", ARCHIVES + ".tar.gz", "-C", into.toString()), Map.of(), null);
    assertEquals(0, untar.code, untar.err);
    installed = into.resolve(ARCHIVES.getFileName());
    onPath = Files.createDirectories(tmp.resolve("path bin"));
    Files.createSymbolicLink(onPath.resolve("cls"), installed.resolve("bin/cls"));
  }

  /** Runs a command line in a shell with the given PATH and environment, from the temporary directory. */
  Run shell(String commandLine, String path, Map<String, String> env) throws Exception {
    Map<String, String> all = new HashMap<>(env);
    all.put("PATH", path);
    return exec(List.of("/bin/sh", "-c", commandLine), all, tmp);
  }

  static Run exec(List<String> command, Map<String, String> env, Path dir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    if (dir != null) {
      pb.directory(dir.toFile());
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  /** The PATH of a user with Java: the link's directory, then the system's. */
  String userPath() {
    return onPath + ":/usr/local/bin:/usr/bin:/bin";
  }

  Map<String, String> javaHome() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"));
  }

  @Test
  void archive_holdsTheLaunchers_theJar_theCompletion_andTheTexts() throws IOException {
    try (Stream<Path> files = Files.walk(installed)) {
      List<String> names = files.filter(Files::isRegularFile).map(f -> installed.relativize(f).toString()).sorted()
          .toList();
      assertEquals(List.of("LICENSE", "NOTICE", "README.md", "bin/cls", "bin/cls.cmd", "completion/cls.bash",
          "lib/cls-cli.jar"), names);
    }
    assertTrue(Files.isExecutable(installed.resolve("bin/cls")));
    assertEquals(Files.readString(Path.of("src/main/sh/cls")), Files.readString(installed.resolve("bin/cls")));
  }

  @Test
  void throughALinkOnThePath_validatesTheReferenceExamples() throws Exception {
    long contracts;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      contracts = files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
    }

    Run r = shell("cls validate \"$CLS_EXAMPLES\"", userPath(),
        Map.of("JAVA_HOME", System.getProperty("java.home"), "CLS_EXAMPLES", EXAMPLES.toString()));

    assertEquals(ClsCommand.OK, r.code, r.err);
    assertTrue(r.out.endsWith(String.format("%d document(s) : %d valide(s), 0 invalide(s)%n", contracts, contracts)),
        r.out);
  }

  @Test
  void withTheJavaOfThePath_runsAndKeepsTheExitCodes() throws Exception {
    Path jdkBin = Files.createDirectories(tmp.resolve("jdk-link"));
    Files.createSymbolicLink(jdkBin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"formatVersion\": \"1.0\"");

    Run r = shell("cls validate bad.json", onPath + ":" + jdkBin + ":/usr/bin:/bin", Map.of());

    assertEquals(ClsCommand.INVALID, r.code, r.err);
    assertTrue(r.out.startsWith(bad.getFileName() + "\n  ERREUR CLS-JSON-002 "), r.out);
  }

  @Test
  void withoutItsJar_exitsTwoWithAMessage() throws Exception {
    Files.delete(installed.resolve("lib/cls-cli.jar"));

    Run r = shell("cls validate x.json", userPath(), javaHome());

    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals("", r.out);
    assertTrue(r.err.startsWith("cls : cls-cli.jar introuvable, ni dans " + installed.toRealPath() + "/bin "), r.err);
  }

  @Test
  void withoutJava_exitsTwoWithAMessage() throws Exception {
    // A PATH with the link and the tools the launcher needs, and no java.
    for (String tool : List.of("dirname", "readlink")) {
      Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
          .findFirst().orElseThrow();
      Files.createSymbolicLink(onPath.resolve(tool), found);
    }

    Run r = exec(List.of(onPath.resolve("cls").toString(), "validate", "x.json"), Map.of("PATH", onPath.toString()),
        tmp);

    assertEquals(ClsCommand.USAGE, r.code);
    assertEquals("cls : Java introuvable : installez Java 17 ou plus récent, ou indiquez son répertoire dans"
        + " JAVA_HOME.\n", r.err);
  }

  @Test
  void completionScript_isWhatTheCommandGenerates_andBashLoadsIt() throws Exception {
    Run generated = shell("cls generate-completion", userPath(), javaHome());
    assertEquals(ClsCommand.OK, generated.code, generated.err);
    Path script = installed.resolve("completion/cls.bash");
    assertEquals(generated.out, Files.readString(script));

    Run bash = exec(List.of("bash", "-c", "source \"$0\" && complete -p cls", script.toString()), Map.of(), null);
    assertEquals(0, bash.code, bash.err);
    assertEquals("complete -o default -F _complete_cls cls\n", bash.out);
  }

  @Test
  void zip_holdsTheSameFiles_withTheLauncherExecutable() throws Exception {
    Path into = Files.createDirectories(tmp.resolve("zip"));
    Run unzip = exec(List.of("unzip", "-q", ARCHIVES + ".zip", "-d", into.toString()), Map.of(), null);
    assertEquals(0, unzip.code, unzip.err);
    Path fromZip = into.resolve(ARCHIVES.getFileName());
    try (Stream<Path> files = Files.walk(installed)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path other = fromZip.resolve(installed.relativize(file).toString());
        assertEquals(-1L, Files.mismatch(file, other), other.toString());
      }
    }
    assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(fromZip.resolve("bin/cls")));
  }

  /** No Windows here: the content of bin/cls.cmd, checked against what the POSIX launcher does. */
  @Test
  void windowsLauncher_hasCrlfLines_findsItsJarInLib_andRunsTheSameJvmOptions() throws IOException {
    byte[] bytes = Files.readAllBytes(installed.resolve("bin/cls.cmd"));
    String cmd = new String(bytes, StandardCharsets.US_ASCII);
    assertTrue(cmd.chars().allMatch(c -> c < 128), "ASCII only: the console's code page is not UTF-8");
    assertTrue(cmd.startsWith("@echo off\r\n"), cmd);
    assertEquals(cmd.split("\n", -1).length, cmd.split("\r\n", -1).length, "every line ends with CRLF");
    assertTrue(cmd.contains("set \"CLS_JAR=%~dp0..\\lib\\cls-cli.jar\"\r\n"), cmd);
    assertTrue(cmd.contains("if defined JAVA_HOME set \"CLS_JAVA=%JAVA_HOME%\\bin\\java.exe\"\r\n"), cmd);
    assertTrue(cmd.contains("if not defined CLS_JAVA for %%j in (java.exe) do set \"CLS_JAVA=%%~$PATH:j\"\r\n"),
        "else the java.exe of the PATH");
    assertTrue(cmd.contains("if %CLS_MAJOR_NUMBER% LSS 17 goto oldJava\r\n"), cmd);
    // No multi-line parenthesised block: a path with a parenthesis, C:\Program Files (x86), would end it.
    assertTrue(cmd.lines().noneMatch(l -> l.stripTrailing().endsWith("(")), cmd);
    for (String label : List.of("noJar", "javaHomeWithoutJava", "noJava", "unknownVersion", "oldJava")) {
      assertTrue(cmd.contains("goto " + label + "\r\n") && cmd.contains("\r\n:" + label + "\r\necho cls : "), label);
    }
    assertEquals(5, count(cmd, "exit /b 2\r\n"), "exit 2: no jar, no Java, JAVA_HOME without java, unknown version, old version");
    assertTrue(cmd.contains(" %CLS_JAVA_OPTS% -jar \"%CLS_JAR%\" %*\r\nexit /b %ERRORLEVEL%\r\n"), cmd);
    assertEquals(jvmOptions(Files.readString(installed.resolve("bin/cls"))), jvmOptions(cmd));
  }

  static List<String> jvmOptions(String launcher) {
    String line = launcher.lines().filter(l -> l.contains("-XX:TieredStopAtLevel")).findFirst().orElseThrow();
    Matcher m = JVM_OPTION.matcher(line);
    List<String> options = new ArrayList<>();
    while (m.find()) {
      options.add(m.group());
    }
    return options;
  }

  static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void readme_saysHowToInstallOnEachSystem() throws IOException {
    String readme = Files.readString(installed.resolve("README.md"));
    for (String step : List.of("cls-<version>.tar.gz", "cls-<version>.zip", "bin\\cls.cmd",
        "completion/cls.bash", "ln -s")) {
      assertTrue(readme.contains(step), step);
    }
    assertEquals(List.of("Linux", "macOS", "Windows"), Stream.of("Linux", "macOS", "Windows")
        .filter(s -> readme.contains("#### " + s)).collect(Collectors.toList()));
  }
}
