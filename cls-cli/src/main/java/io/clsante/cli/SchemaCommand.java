package io.clsante.cli;

import io.clsante.model.ClsException;
import io.clsante.model.VersionFormat;
import io.clsante.schema.ClsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cls schema}: prints the published JSON Schema of a version of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Affiche le JSON Schema (draft 2020-12) du format CLS.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--format-version", paramLabel = "VERSION",
      description = "version du format dont afficher le schéma, par exemple 1.0 (défaut : la version écrite)")
  private String version;

  @Override
  public Integer call() {
    VersionFormat chosen = VersionFormat.CURRENT;
    try {
      chosen = version == null ? chosen : VersionFormat.parse(version);
    } catch (ClsException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "version du format inconnue « " + version + " » : 1.0 à " + VersionFormat.CURRENT + " attendue");
    }
    String text = ClsSchema.of(chosen).text();
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    return ClsCommand.OK;
  }
}
