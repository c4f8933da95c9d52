package io.clsante.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints the figures of docs/performance.md: each stage per size, the ratio
 * of the full validation to the raw parse, the cost per fiche, and the first validation against a
 * warm one, each with the target it is held to.
 *
 * <p>{@code java -cp cls-benchmarks/target/benchmarks.jar io.clsante.benchmarks.Figures [--quick]};
 * {@code --quick} runs one fork of fewer iterations, for a first look.
 */
public final class Figures {
  private static final String[] SIZES = {"10", "30", "100", "300"};

  private Figures() {}

  /**
   * Runs the benchmarks and prints the figures.
   *
   * @param args {@code --quick} for a shorter, noisier run
   * @throws RunnerException if JMH fails
   * @throws IOException if the contract file cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ChainedOptionsBuilder stages = new OptionsBuilder()
        .include(ValidationBenchmark.class.getName() + "\\.(rawParse|readModel|schema|validate)$");
    if (quick) {
      stages.forks(1).warmupIterations(3).measurementIterations(3)
          .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
    }
    Map<String, Result<?>> r = byKey(new Runner(stages.build()).run());

    Path file = Files.createTempFile("cls-30-fiches", ".json");
    Files.write(file, Contrats.ofFiches(30));
    ChainedOptionsBuilder cold = new OptionsBuilder()
        .include(FirstValidationBenchmark.class.getName() + "\\.")
        .param("file", file.toString());
    if (quick) {
      cold.forks(4);
    }
    Map<String, Result<?>> c;
    try {
      c = byKey(new Runner(cold.build()).run());
    } finally {
      Files.deleteIfExists(file);
    }

    out.println();
    out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")");
    out.println();
    out.println("| fiches | bytes | (a) raw parse µs | (b) read model µs | (c) schema µs | (d) validate µs | (d)/(a) | (d) per fiche µs |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : SIZES) {
      Result<?> a = r.get("rawParse:" + n);
      Result<?> d = r.get("validate:" + n);
      out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.1f× | %.1f |%n", n,
          Contrats.ofFiches(Integer.parseInt(n)).length, fmt(a), fmt(r.get("readModel:" + n)),
          fmt(r.get("schema:" + n)), fmt(d), d.getScore() / a.getScore(),
          d.getScore() / Integer.parseInt(n));
    }
    double ratio30 = r.get("validate:30").getScore() / r.get("rawParse:30").getScore();
    double perFiche30 = r.get("validate:30").getScore() / 30;
    double perFiche300 = r.get("validate:300").getScore() / 300;
    double growth = perFiche300 / perFiche30 - 1;
    Result<?> first = c.get("firstValidation:");
    double firstUs = first.getScore() * 1000;
    double warm = firstUs / r.get("validate:30").getScore();
    out.println();
    out.println("| target | measured | limit | met |");
    out.println("|---|---:|---:|---|");
    out.printf(Locale.ROOT, "| full validation / raw parse, 30 fiches | %.1f× | 5× | %s |%n", ratio30, met(ratio30 <= 5));
    out.printf(Locale.ROOT, "| cost per fiche, 300 vs 30 fiches | %+.0f %% | +10 %% | %s |%n", growth * 100, met(growth <= 0.10));
    out.printf(Locale.ROOT, "| first validation (%s) / warm, 30 fiches | %.1f× | 20× | %s |%n",
        fmtMs(first), warm, met(warm <= 20));
    out.printf(Locale.ROOT, "| (building the validator in a fresh JVM: %s) | | | |%n", fmtMs(c.get("buildValidator:")));
  }

  private static Map<String, Result<?>> byKey(Collection<RunResult> results) {
    Map<String, Result<?>> map = new HashMap<>();
    for (RunResult rr : results) {
      String method = rr.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      String size = rr.getParams().getParam("fiches");
      size = size == null ? "" : size;
      map.put(method + ":" + size, rr.getPrimaryResult());
    }
    return map;
  }

  private static String fmt(Result<?> r) {
    return String.format(Locale.ROOT, "%.1f ± %.1f", r.getScore(), r.getScoreError());
  }

  private static String fmtMs(Result<?> r) {
    return Double.isNaN(r.getScoreError())
        ? String.format(Locale.ROOT, "%.0f ms", r.getScore())
        : String.format(Locale.ROOT, "%.0f ± %.0f ms", r.getScore(), r.getScoreError());
  }

  private static String met(boolean ok) {
    return ok ? "yes" : "no";
  }
}
