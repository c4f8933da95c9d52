package io.clsante.cli;

import io.clsante.schema.ClsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cls schema}: prints the published JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Affiche le JSON Schema (draft 2020-12) du format CLS.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    String text = ClsSchema.standard().text();
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    return ClsCommand.OK;
  }
}
