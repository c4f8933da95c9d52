#!/bin/sh
# The library against ajv, on the same bytes, on the same machine, in the same run
# (docs/performance.md, target "faster than ajv at 30 fiches"):
#   1. writes the benchmark generator's valid contracts (io.clsante.benchmarks.Contrats) of 10, 30
#      and 100 fiches to files (`Corpus --fiches`);
#   2. times ajv 8 on them in node: JSON.parse + validate, the schema compiled once
#      (tools/perf/ajv-bench.mjs);
#   3. times ClsValidator.validate(byte[]) of the same files with JMH (FileValidationBenchmark),
#      and its structural pass alone (ClsJson.check: what ajv does, no business rule);
#   4. prints the table: fiches, ajv µs, cls µs, cls / ajv, the structural pass and its ratio.
# Needs node 18+, ajv installed (`npm ci` in tools/ajv) and the jars of `mvn -B -q install
# -DskipTests`. About a minute per size with the defaults. Settings, from the environment:
#   FICHES   the sizes, default "10 30 100"; with 30 and 300 it also prints the growth of cls's
#            cost per fiche from one to the other (target: at most 10 %)
#   WARMUP, SAMPLES, SAMPLE_MS   ajv: warm-up and measured samples, length of a sample (5, 10, 1000)
#   JMH_OPTS JMH's options over FileValidationBenchmark's own (1 fork, 15 warm-up and 10 measured
#            iterations of 1 s)
#   SCHEMA   the schema ajv compiles, default the published one of the contracts' format version
#   KEEP     a directory where the contracts and both result files are kept
#   ROUNDS   measure ajv then cls this many times in turn (default 1), then print each round's
#            ratios and their median: on a machine whose speed drifts over minutes (a shared
#            virtual machine), rounds of shorter measurements, e.g. ROUNDS=5 SAMPLES=4
#            JMH_OPTS="-wi 8 -i 4", compare the two in the same minutes
set -eu
cd "$(dirname "$0")/../.."
bench=cls-benchmarks/target/benchmarks.jar
fiches=${FICHES:-10 30 100}
jmh_opts=${JMH_OPTS:-}

[ -r "$bench" ] || { echo "$bench missing: run mvn -B -q install -DskipTests" >&2; exit 2; }
[ -d tools/ajv/node_modules/ajv ] || { echo "ajv missing: run npm ci in tools/ajv" >&2; exit 2; }
if [ -n "${KEEP:-}" ]; then
  scratch=$KEEP
  mkdir -p "$scratch"
else
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
fi

# shellcheck disable=SC2086
java -cp "$bench" io.clsante.benchmarks.Corpus --fiches "$scratch" $fiches
files=
for n in $fiches; do
  files="$files $scratch/contrat-$n-fiches.json"
done
if [ -z "${SCHEMA:-}" ]; then
  version=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).formatVersion)' \
    "$scratch/contrat-$(echo "$fiches" | cut -d' ' -f1)-fiches.json")
  SCHEMA=schema/cls/$version/contrat.schema.json
fi

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), node $(node --version), $(java -version 2>&1 | head -n 1)"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (modified)'), schema $SCHEMA"
rounds=${ROUNDS:-1}
round=1
while [ "$round" -le "$rounds" ]; do
  [ "$rounds" -gt 1 ] && echo "round $round of $rounds"
  echo "ajv ..."
  node tools/perf/ajv-bench.mjs "$SCHEMA" $files > "$scratch/ajv-$round.json"
  echo "cls (JMH${jmh_opts:+ $jmh_opts}) ..."
  # shellcheck disable=SC2086
  java -jar "$bench" 'FileValidationBenchmark\.(validate|structure)$' $jmh_opts \
    -p file="$(echo $files | tr ' ' ',')" -rf json -rff "$scratch/jmh-$round.json" > "$scratch/jmh-$round.txt"
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  node tools/perf/ajv-vs-cls-table.mjs "$scratch/ajv-$round.json" "$scratch/jmh-$round.json"
  echo
  round=$((round + 1))
done
if [ "$rounds" -gt 1 ]; then
  node tools/perf/ajv-vs-cls-table.mjs --median "$scratch" "$rounds"
fi
