package io.clsante.benchmarks;

import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.model.json.StructuralProblem;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
import io.clsante.schema.ClsSchema;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of each stage on the same bytes, for contracts of 10 to 300 fiches: (a) {@link #rawParse}
 * the floor, a plain Jackson tree; (b) {@link #readModel}; (c) {@link #schema}; (d) {@link #validate},
 * the one-call validation; (e) {@link #validateEngines}, the same with the pre-checks off.
 * {@link Figures} prints them with the ratio (d)/(a).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The full validation runs much code: on a busy 2-core machine its JIT needs some 15 s to settle.
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {
  @Param({"10", "30", "100", "300"})
  public int fiches;

  private byte[] bytes;
  private JsonMapper plain;
  private ClsJson json;
  private ClsSchema schema;
  private ClsValidator validator;
  private ContratLocalDeSante contrat;

  /** Writes the contract once and builds what the benchmarks share. */
  @Setup(Level.Trial)
  public void setUp() throws ClsJsonException {
    bytes = Contrats.ofFiches(fiches);
    plain = JsonMapper.builder().build();
    json = ClsJson.defaults();
    schema = ClsSchema.standard();
    validator = ClsValidator.builder().referenceDate(Contrats.REFERENCE_DATE).build();
    contrat = json.read(bytes);
    Report check = validator.validate("bench", bytes);
    if (!check.isValid()) {
      throw new IllegalStateException("the benchmark contract must be valid: " + check.findings());
    }
  }

  /** (a) The floor: Jackson's own tree of the bytes, no limits, no positions, no checks. */
  @Benchmark
  public JsonNode rawParse() {
    return plain.readTree(bytes);
  }

  /** (b) Reads the bytes into the model, strictly. */
  @Benchmark
  public ContratLocalDeSante readModel() throws ClsJsonException {
    return json.read(bytes);
  }

  /** (c) The structural pass alone: parse, schema-level and model-level checks, binding. */
  @Benchmark
  public List<StructuralProblem> schema() {
    return schema.validate(bytes);
  }

  /** (d) The one-call validation: the structural pass, then the rules, into a report. */
  @Benchmark
  public Report validate() {
    return validator.validate(bytes);
  }

  /** A contract built in code: written, read by the structural pass, then the rules. */
  @Benchmark
  public Report modelOnly() {
    return validator.validate(contrat);
  }
}
