package io.clsante.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cls} command: validates Contrats Locaux de Santé, prints the JSON Schema and the rule
 * catalog.
 *
 * <p>Exit codes: 0 when every document is valid, 1 when at least one document has an ERROR
 * (including unreadable JSON), 2 for a usage or I/O problem. Never prints a stack trace.
 *
 * <p>The commands describe themselves to picocli with its programmatic model, not with annotations:
 * reading annotations at run time costs a proxy class per annotation type, generated at every start
 * (docs/performance.md).
 */
public final class ClsCommand implements Runnable {
  /** Exit code when every document is valid. */
  public static final int OK = 0;
  /** Exit code when at least one document has an ERROR. */
  public static final int INVALID = 1;
  /** Exit code for a usage or I/O problem. */
  public static final int USAGE = 2;

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private ClsCommand() {
    spec.name("cls").versionProvider(new Version());
    Options.standardHelpOptions(spec);
    spec.usageMessage()
        .description("Valide les Contrats Locaux de Santé (format JSON CLS).")
        .footer("", "Codes de sortie : 0 tout est valide ; 1 au moins un document a une ERREUR ;"
            + " 2 problème d'usage ou d'entrée-sortie.");
    // Set before the sub-commands are added: they take their headings and the texts of -h and -V
    // from it.
    spec.resourceBundle(messages());
  }

  /**
   * Runs the command line and returns its exit code, without calling {@code System.exit}.
   *
   * @param out where results go (standard output)
   * @param err where messages and progress go (standard error)
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /**
   * Runs the command line with another standard input, without calling {@code System.exit}.
   *
   * @param in what {@code -} reads
   * @param out where results go
   * @param err where messages and progress go
   * @param args the arguments
   * @return the exit code
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = new CommandLine(new ClsCommand().spec);
    // The sub-commands in the order the usage lists them. When the first argument names
    // `validate`, nothing after it can reach another sub-command: only that one is built.
    cmd.addSubcommand(new ValidateCommand(in).spec());
    if (args.length == 0 || !args[0].equals("validate")) {
      cmd.addSubcommand(new SchemaCommand().spec());
      cmd.addSubcommand(new RulesCommand().spec());
      cmd.addSubcommand(new CommandLine.HelpCommand());
    }
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler((ex, a) -> {
      err.println("cls : " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Voir « cls " + (ex.getCommandLine().getCommandName().equals("cls") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help ».");
      return USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, c, p) -> {
      err.println("cls : erreur inattendue : " + ex);
      return USAGE;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Entry point of {@code java -jar cls-cli.jar}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Libraries log their start-up (Hibernate Validator through JBoss Logging); standard error is
    // for the tool's own messages, so route their logging to the silent SLF4J binding.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    WarmUp.startFor(args);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Prints the usage: {@code cls} without a command. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The French texts of picocli's usage (headings, -h and -V), read straight from the properties
   * file: {@code ResourceBundle.getBundle} would first look for service providers, classes and
   * locale variants.
   */
  private static ResourceBundle messages() {
    try (InputStream in = ClsCommand.class.getResourceAsStream("messages.properties")) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ClsCommand.class.getPackage().getImplementationVersion();
      return new String[] {"cls " + (v == null ? "(version de développement)" : v),
          "format JSON CLS " + io.clsante.model.VersionFormat.CURRENT,
          "référentiel COG " + io.clsante.rules.referentiel.ReferentielTerritorial.cog2026().millesime()};
    }
  }
}
