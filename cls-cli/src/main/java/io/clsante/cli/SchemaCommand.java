package io.clsante.cli;

import io.clsante.schema.ClsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cls schema}: prints the published JSON Schema of the format. */
final class SchemaCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  SchemaCommand() {
    spec.name("schema");
    Options.standardHelpOptions(spec);
    spec.usageMessage().description("Affiche le JSON Schema (draft 2020-12) du format CLS.");
  }

  /** The command as picocli sees it. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    String text = ClsSchema.standard().text();
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    return ClsCommand.OK;
  }
}
