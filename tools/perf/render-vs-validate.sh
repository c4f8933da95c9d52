#!/bin/sh
# The HTML summary against the validation of the same bytes, in one JMH run (docs/performance.md,
# target "rendering a 100-fiche contract takes less time than validating it 10 times"):
#   RenderBenchmark renders the page of the benchmark generator's valid 100-fiche contract
#   (io.clsante.benchmarks.Contrats) from its model and report, validates its bytes once and ten
#   times, and reads, validates and renders them as `cls render` does; the script then prints
#   each figure and the ratio render / ten validations, which must stay below 1.
# Needs the jars of `mvn -B -q install -DskipTests` and node 18+ (to read JMH's JSON). Settings:
#   FICHES    the size of the contract, default 100
#   JMH_OPTS  JMH's options over RenderBenchmark's own (1 fork, 6 warm-up and 5 measured
#             iterations of 2 s), for example "-wi 3 -i 3" for a first look
set -eu
cd "$(dirname "$0")/../.."
bench=cls-benchmarks/target/benchmarks.jar
[ -r "$bench" ] || { echo "$bench missing: run mvn -B -q install -DskipTests" >&2; exit 2; }
result=$(mktemp)
trap 'rm -f "$result"' EXIT
# shellcheck disable=SC2086
java -jar "$bench" RenderBenchmark -p fiches="${FICHES:-100}" -rf json -rff "$result" ${JMH_OPTS:-} >&2
node -e '
const runs = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const by = Object.fromEntries(runs.map(r => [r.benchmark.replace(/.*\./, ""), r.primaryMetric]));
const f = m => `${m.score.toFixed(0)} ± ${m.scoreError.toFixed(0)} µs`;
console.log("| measure | time per operation |");
console.log("|---|---:|");
for (const name of ["render", "validate", "validateTenTimes", "readValidateRender"]) {
  console.log(`| ${name} | ${f(by[name])} |`);
}
const ratio = by.render.score / by.validateTenTimes.score;
console.log(`\nrender / ten validations = ${ratio.toFixed(2)} (target < 1: ${ratio < 1 ? "met" : "NOT met"})`);
console.log(`render / one validation = ${(by.render.score / by.validate.score).toFixed(2)}`);
' "$result"
