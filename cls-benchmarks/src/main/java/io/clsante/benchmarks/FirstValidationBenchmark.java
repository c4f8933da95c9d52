package io.clsante.benchmarks;

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
 * The cold costs, each measured once per fresh JVM: building a validator, and its first validation
 * of a 30-fiche contract right after it was built. {@link Figures} compares the latter with a warm
 * validation.
 *
 * <p>Give {@code -p file=PATH} (Figures does) so that the contract is read as plain bytes: generating
 * it in the same JVM would already run the JSON binding the first validation is meant to meet cold.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstValidationBenchmark {
  /** A validator just built and the contract it validates first. */
  @State(Scope.Benchmark)
  public static class Built {
    /** The contract to validate; empty: generate one of 30 fiches in this JVM. */
    @Param("")
    public String file;

    byte[] bytes;
    ClsValidator validator;

    /** Reads the contract, then builds the validator that the measured call uses first. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      bytes = file.isEmpty() ? Contrats.ofFiches(30) : Files.readAllBytes(Path.of(file));
      validator = ClsValidator.builder().referenceDate(Contrats.REFERENCE_DATE).build();
    }
  }

  /**
   * The first validation of a validator just built, in a JVM that has validated nothing yet.
   *
   * @param built the validator and the contract
   * @return the report
   */
  @Benchmark
  public Report firstValidation(Built built) {
    return built.validator.validate(built.bytes);
  }

  /** Building a validator in a fresh JVM (schema, referential, Bean Validation, priming). */
  @Benchmark
  public ClsValidator buildValidator() {
    return ClsValidator.builder().referenceDate(Contrats.REFERENCE_DATE).build();
  }
}
