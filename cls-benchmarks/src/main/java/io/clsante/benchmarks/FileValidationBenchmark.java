package io.clsante.benchmarks;

import io.clsante.model.json.ClsJson;
import io.clsante.model.json.JsonReading;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-call validation, {@link ClsValidator#validate(byte[])}, of the bytes of a file, and its
 * structural pass alone ({@link ClsJson#check(byte[])}): the figures that programs outside the JVM,
 * reading the same file, are compared with
 * ({@code tools/perf/ajv-vs-cls.sh}, which writes the files with {@code Corpus --fiches}).
 *
 * <p>The files are given at run time: {@code java -jar benchmarks.jar FileValidationBenchmark -p
 * file=/tmp/contrat-10-fiches.json,/tmp/contrat-30-fiches.json}. Each must be valid at
 * {@link Contrats#REFERENCE_DATE}, so that every stage runs; the set-up fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class FileValidationBenchmark {
  /** The files to validate, one trial each; empty: the generated contract of 30 fiches. */
  @Param("")
  public String file;

  private byte[] bytes;
  private ClsValidator validator;
  private final ClsJson json = ClsJson.defaults();

  /**
   * Reads the file and builds the validator.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    bytes = file.isEmpty() ? Contrats.ofFiches(30) : Files.readAllBytes(Path.of(file));
    validator = ClsValidator.builder().referenceDate(Contrats.REFERENCE_DATE).build();
    Report check = validator.validate(bytes);
    if (!check.isValid()) {
      throw new IllegalStateException(file + " must be valid: " + check.findings());
    }
  }

  /**
   * Validates the bytes: parse, structure, binding, rules, report.
   *
   * @return the report, so that nothing is optimised away
   */
  @Benchmark
  public Report validate() {
    return validator.validate(bytes);
  }

  /**
   * The structural pass alone, what a JSON Schema validator does: parse, the schema's and the
   * model's checks, binding; no business rule.
   *
   * @return the contract and its problems, so that nothing is optimised away
   */
  @Benchmark
  public JsonReading structure() {
    return json.check(bytes);
  }
}
