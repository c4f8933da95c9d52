import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Maven repository that {@code mvn deploy} wrote to a directory against what Maven Central
 * requires, for each artifact of the project: a pom with name, description, url, licenses,
 * developers and scm (its own or its parent's); the jar, the sources jar and the Javadoc jar for a
 * jar packaging; an MD5 and a SHA-1 checksum beside each file, equal to the file's; a signature
 * ({@code .asc}) beside each file when signing was asked for. It also checks what the project
 * itself promises: LICENSE and NOTICE in every jar and sources jar, the BOM listing exactly the
 * deployed jars, no deployed pom depending on a module that is not deployed, and the modules that
 * are not deployed absent.
 *
 * <p>Run by {@code tools/release/check-deploy.sh}, as a single-file program:
 * {@code java CheckDeploy.java ROOT REPOSITORY [--signed]}. Prints a table, then each gap; exits 1
 * when there is one.
 */
public final class CheckDeploy {
  static final String GROUP = "io.clsante";
  static final List<String> METADATA = List.of("name", "description", "url", "licenses", "developers", "scm");

  final Path root;
  final Path repository;
  final boolean signed;
  final List<String> gaps = new ArrayList<>();
  final List<String[]> rows = new ArrayList<>();

  CheckDeploy(Path root, Path repository, boolean signed) {
    this.root = root;
    this.repository = repository;
    this.signed = signed;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage : java CheckDeploy.java RACINE DEPOT [--signed]");
      System.exit(2);
    }
    CheckDeploy check = new CheckDeploy(Path.of(args[0]), Path.of(args[1]),
        List.of(args).subList(2, args.length).contains("--signed"));
    check.run();
    System.exit(check.gaps.isEmpty() ? 0 : 1);
  }

  void run() throws Exception {
    Document parent = xml(root.resolve("pom.xml"));
    String version = text(parent.getDocumentElement(), "version").orElseThrow();
    List<String> modules = children(child(parent.getDocumentElement(), "modules"), "module").stream()
        .map(Node::getTextContent).map(String::trim).toList();

    // What must be deployed: the parent, the BOM and every artifact the BOM lists.
    Document bom = xml(root.resolve("cls-bom/pom.xml"));
    List<String> listed = managedArtifacts(bom.getDocumentElement());
    List<String> expected = new ArrayList<>(List.of("cls-parent", "cls-bom"));
    expected.addAll(listed);

    TreeSet<String> deployed = new TreeSet<>();
    Path groupDir = repository.resolve(GROUP.replace('.', '/'));
    if (Files.isDirectory(groupDir)) {
      try (Stream<Path> dirs = Files.list(groupDir)) {
        dirs.filter(Files::isDirectory).forEach(d -> deployed.add(d.getFileName().toString()));
      }
    }

    for (String artifact : expected) {
      checkArtifact(artifact, version, deployed);
    }
    List<String> moduleIds = new ArrayList<>();
    for (String module : modules) {
      moduleIds.add(artifactId(root.resolve(module).resolve("pom.xml")));
    }
    for (String artifact : moduleIds) {
      if (!expected.contains(artifact)) {
        if (deployed.contains(artifact)) {
          gaps.add(artifact + ": deployed but not listed in cls-bom; list it there, or set maven.deploy.skip in its pom");
        }
        rows.add(new String[] {artifact, "-", "-", "-", "-", "-", "-",
            deployed.contains(artifact) ? "DEPLOYED, NOT IN BOM" : "not deployed, as meant"});
      }
    }
    for (String artifact : deployed) {
      if (!expected.contains(artifact) && !moduleIds.contains(artifact)) {
        gaps.add(artifact + ": deployed but not listed in cls-bom; list it there, or set maven.deploy.skip in its pom");
        rows.add(new String[] {artifact, "?", "-", "-", "-", "-", "-", "DEPLOYED, NOT IN BOM"});
      }
    }
    print();
  }

  void checkArtifact(String artifactId, String version, TreeSet<String> deployed) throws Exception {
    Path dir = repository.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
    Optional<String> base = baseName(dir, artifactId);
    if (!deployed.contains(artifactId) || base.isEmpty()) {
      gaps.add(artifactId + ": not deployed (expected " + dir + ")");
      rows.add(new String[] {artifactId, "?", "-", "-", "-", "-", "-", "MISSING"});
      return;
    }
    Path pom = dir.resolve(base.get() + ".pom");
    Element project = xml(pom).getDocumentElement();
    String packaging = text(project, "packaging").orElse("jar");

    // Metadata: the pom's own, else its parent's as deployed.
    List<String> missing = new ArrayList<>();
    for (String element : METADATA) {
      if (!hasMetadata(project, element)) {
        missing.add(element);
      }
    }
    if (!missing.isEmpty()) {
      gaps.add(artifactId + ": pom without " + String.join(", ", missing));
    }

    // Files, their checksums and signatures.
    List<Path> files = new ArrayList<>(List.of(pom));
    if (packaging.equals("jar")) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        Path file = dir.resolve(base.get() + suffix);
        if (Files.isRegularFile(file)) {
          files.add(file);
        } else {
          gaps.add(artifactId + ": no " + file.getFileName());
        }
      }
    }
    int checksumGaps = 0;
    int signatureGaps = 0;
    for (Path file : files) {
      for (String algorithm : List.of("MD5", "SHA-1")) {
        Path sum = file.resolveSibling(file.getFileName() + "." + algorithm.replace("-", "").toLowerCase());
        if (!Files.isRegularFile(sum)) {
          gaps.add(artifactId + ": no " + sum.getFileName());
          checksumGaps++;
        } else if (!Files.readString(sum).trim().startsWith(digest(file, algorithm))) {
          gaps.add(artifactId + ": " + sum.getFileName() + " does not match the file");
          checksumGaps++;
        }
      }
      if (signed && !Files.isRegularFile(file.resolveSibling(file.getFileName() + ".asc"))) {
        gaps.add(artifactId + ": no " + file.getFileName() + ".asc");
        signatureGaps++;
      }
    }

    // LICENSE and NOTICE in the jar and the sources jar.
    int legalGaps = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".jar") && !name.endsWith("-javadoc.jar")) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (String entry : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
            if (zip.getEntry(entry) == null) {
              gaps.add(artifactId + ": " + name + " without " + entry);
              legalGaps++;
            }
          }
        }
      }
    }

    // No dependency on a module of the project that is not deployed.
    for (Element dependency : dependencies(project)) {
      String group = text(dependency, "groupId").orElse("");
      String id = text(dependency, "artifactId").orElse("");
      String scope = text(dependency, "scope").orElse("compile");
      if ((group.equals(GROUP) || group.equals("${project.groupId}")) && !scope.equals("test")
          && !deployed.contains(id)) {
        gaps.add(artifactId + ": depends (" + scope + ") on " + id + ", which is not deployed");
      }
    }

    boolean ok = gaps.stream().noneMatch(g -> g.startsWith(artifactId + ":"));
    rows.add(new String[] {artifactId, packaging, missing.isEmpty() ? "complete" : "missing " + missing.size(),
        packaging.equals("jar") ? (files.size() - 1) + "/3" : "-",
        checksumGaps == 0 ? "md5+sha1 ok" : checksumGaps + " missing/wrong",
        !signed ? "not asked" : signatureGaps == 0 ? ".asc ok" : signatureGaps + " missing",
        packaging.equals("jar") ? (legalGaps == 0 ? "ok" : legalGaps + " missing") : "-", ok ? "OK" : "GAPS"});
  }

  boolean hasMetadata(Element project, String element) throws Exception {
    if (child(project, element) != null && !child(project, element).getTextContent().isBlank()) {
      return true;
    }
    Element parent = child(project, "parent");
    if (parent == null) {
      return false;
    }
    String id = text(parent, "artifactId").orElseThrow();
    String version = text(parent, "version").orElseThrow();
    Path dir = repository.resolve(text(parent, "groupId").orElseThrow().replace('.', '/')).resolve(id).resolve(version);
    Optional<String> base = baseName(dir, id);
    return base.isPresent() && hasMetadata(xml(dir.resolve(base.get() + ".pom")).getDocumentElement(), element);
  }

  /** The file name, without extension, of the last version deployed in a directory (snapshots are timestamped). */
  static Optional<String> baseName(Path dir, String artifactId) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(artifactId + "-") && n.endsWith(".pom"))
          .map(n -> n.substring(0, n.length() - ".pom".length()))
          .max(String::compareTo);
    }
  }

  static List<String> managedArtifacts(Element project) {
    Element management = child(project, "dependencyManagement");
    List<String> ids = new ArrayList<>();
    for (Element dependency : children(child(management, "dependencies"), "dependency")) {
      if (text(dependency, "groupId").orElse("").equals(GROUP)) {
        ids.add(text(dependency, "artifactId").orElseThrow());
      }
    }
    return ids;
  }

  static List<Element> dependencies(Element project) {
    return children(child(project, "dependencies"), "dependency");
  }

  static String artifactId(Path pom) throws Exception {
    return text(xml(pom).getDocumentElement(), "artifactId").orElseThrow();
  }

  static String digest(Path file, String algorithm) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          found.add(e);
        }
      }
    }
    return found;
  }

  static Optional<String> text(Element parent, String name) {
    return Optional.ofNullable(child(parent, name)).map(Node::getTextContent).map(String::trim);
  }

  void print() {
    String[] header = {"artifact", "packaging", "pom metadata", "jar/sources/javadoc", "checksums", "signatures",
        "LICENSE+NOTICE", "verdict"};
    int[] widths = new int[header.length];
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < header.length; i++) {
        line.append(String.format("%-" + widths[i] + "s  ", row[i]));
      }
      lines.add(line.toString().stripTrailing());
    }
    System.out.println("Deployed to " + repository + (signed ? " (signed)" : " (not signed)"));
    System.out.println();
    lines.forEach(System.out::println);
    System.out.println();
    if (gaps.isEmpty()) {
      System.out.println("No gap: every artifact has what Maven Central requires.");
    } else {
      System.out.println(gaps.size() + " gap(s):");
      gaps.forEach(g -> System.out.println("  - " + g));
    }
  }
}
