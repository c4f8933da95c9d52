package io.clsante.benchmarks;

import io.clsante.html.ContratHtml;
import io.clsante.html.HtmlOptions;
import io.clsante.model.ContratLocalDeSante;
import io.clsante.model.json.ClsJson;
import io.clsante.model.json.ClsJsonException;
import io.clsante.rules.ClsValidator;
import io.clsante.rules.Report;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rendering the HTML summary of a contract against validating the same bytes, in one run: the
 * target is that {@link #render} (the page of a 100-fiche contract, from its model and report)
 * costs less than {@link #validateTenTimes}. {@link #validate} is one validation, and
 * {@link #readValidateRender} what {@code cls render} does with the bytes of a file.
 *
 * <p>{@code java -jar cls-benchmarks/target/benchmarks.jar RenderBenchmark}; see
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
  @Param({"100"})
  public int fiches;

  private byte[] bytes;
  private ClsJson json;
  private ClsValidator validator;
  private ContratLocalDeSante contrat;
  private Report report;
  private HtmlOptions options;

  /** Writes the contract once, validates it and checks that its page names every fiche. */
  @Setup(Level.Trial)
  public void setUp() throws ClsJsonException {
    bytes = Contrats.ofFiches(fiches);
    json = ClsJson.defaults();
    validator = ClsValidator.builder().referenceDate(Contrats.REFERENCE_DATE).build();
    contrat = json.read(bytes);
    report = validator.validate("bench", bytes);
    options = HtmlOptions.defaults().withReferenceDate(Contrats.REFERENCE_DATE);
    String page = ContratHtml.render(contrat, report, options);
    boolean everyFiche = contrat.axes().stream().flatMap(a -> a.fiches().stream())
        .allMatch(f -> page.contains(f.code() + "</span>"));
    if (!report.isValid() || !everyFiche) {
      throw new IllegalStateException("the benchmark page must show every fiche of a valid contract");
    }
  }

  /** The page of the contract, from its model and the report of its validation, as UTF-8 bytes. */
  @Benchmark
  public byte[] render() {
    return ContratHtml.renderBytes(contrat, report, options);
  }

  /** One validation of the bytes. */
  @Benchmark
  public Report validate() {
    return validator.validate(bytes);
  }

  /** Ten validations of the same bytes: the budget of one rendering. */
  @Benchmark
  public void validateTenTimes(Blackhole sink) {
    for (int i = 0; i < 10; i++) {
      sink.consume(validator.validate(bytes));
    }
  }

  /** What {@code cls render} does with a file's bytes: read, validate, render. */
  @Benchmark
  public byte[] readValidateRender() throws ClsJsonException {
    return ContratHtml.renderBytes(json.read(bytes), validator.validate(bytes), options);
  }
}
