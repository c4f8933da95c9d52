package io.clsante.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cls} command: validates Contrats Locaux de Santé, prints the JSON Schema and the rule
 * catalog.
 *
 * <p>Exit codes: 0 when every document is valid, 1 when at least one document has an ERROR
 * (including unreadable JSON), 2 for a usage or I/O problem. Never prints a stack trace.
 *
 * <p>{@code cls generate-completion} prints the bash and zsh completion script that picocli
 * generates from these declarations; the distribution archive carries it.
 *
 * <p>The French texts of picocli's usage (headings, {@code -h} and {@code -V}) come from the
 * resource bundle {@code io/clsante/cli/messages.properties}, which the sub-commands inherit.
 */
@Command(name = "cls", mixinStandardHelpOptions = true, versionProvider = ClsCommand.Version.class,
    resourceBundle = "io.clsante.cli.messages",
    description = "Valide les Contrats Locaux de Santé (format JSON CLS).",
    footer = {"", "Codes de sortie : 0 tout est valide ; 1 au moins un document a une ERREUR ;"
        + " 2 problème d'usage ou d'entrée-sortie."},
    subcommands = {ValidateCommand.class, MigrateCommand.class, ImportCommand.class, ExportCommand.class, RenderCommand.class,
        ServeCommand.class, SchemaCommand.class, RulesCommand.class,
        AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class ClsCommand implements Runnable {
  /** Exit code when every document is valid. */
  public static final int OK = 0;
  /** Exit code when at least one document has an ERROR. */
  public static final int INVALID = 1;
  /** Exit code for a usage or I/O problem. */
  public static final int USAGE = 2;

  private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

  @Spec
  private CommandSpec spec;

  /** What {@code -} reads; {@code validate} takes it from here. */
  final InputStream in;

  private ClsCommand(InputStream in) {
    this.in = in;
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
    // The spreadsheet library logs through the Log4j API, which prints a warning of its own on
    // standard error when no logging implementation is present: its simple logger stands in.
    if (System.getProperty(LOG4J_FACTORY) == null) {
      System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    CommandLine cmd = new CommandLine(new ClsCommand(in));
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
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /** Prints the usage: {@code cls} without a command. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
