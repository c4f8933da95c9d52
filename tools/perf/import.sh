#!/bin/sh
# The spreadsheet import's targets (docs/tableur.md, "Performance"):
#   1. `cls import --from tet` of a plan of about 200 rows (200 fiches and their operations), in a
#      fresh JVM, against `cls validate` of the document it writes: at most 2x;
#   2. the import of a plan of 10,000 rows under -Xmx256m.
# The plans are the benchmark generator's contracts (io.clsante.benchmarks.Corpus) exported in the
# template by `cls export --to tet`; the metadata file is the same contract without its axes.
# Both commands run through the launcher cls-cli/target/cls (its archive holds the classes of both)
# and through plain `java -jar`. Uses hyperfine when present, else RUNS repeated /usr/bin/time runs.
# Needs the jars of `mvn -B -q install -DskipTests` (cls-benchmarks and cls-cli) and jq.
# Settings, from the environment: RUNS (default 10), FICHES (200), LARGE (6700 fiches, about
# 10,000 rows), HEAP (256m), KEEP (a directory where the files are kept).
set -eu
cd "$(dirname "$0")/../.."
bench=cls-benchmarks/target/benchmarks.jar
cli=cls-cli/target/cls-cli.jar
launcher=cls-cli/target/cls
runs=${RUNS:-10}
fiches=${FICHES:-200}
large=${LARGE:-6700}
heap=${HEAP:-256m}

for f in "$bench" "$cli" "$launcher"; do
  [ -r "$f" ] || { echo "$f missing: run mvn -B -q install -DskipTests" >&2; exit 2; }
done
command -v jq > /dev/null || { echo "jq missing" >&2; exit 2; }
if [ -n "${KEEP:-}" ]; then
  scratch=$KEEP
  mkdir -p "$scratch"
else
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
fi

java -cp "$bench" io.clsante.benchmarks.Corpus --fiches "$scratch" "$fiches" "$large"
for n in "$fiches" "$large"; do
  java -jar "$cli" export --to tet "$scratch/contrat-$n-fiches.json" -o "$scratch/plan-$n.xlsx" > /dev/null
  jq 'del(.axes)' "$scratch/contrat-$n-fiches.json" > "$scratch/meta-$n.json"
done
rows() {
  unzip -p "$1" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l
}
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "plan of $fiches fiches: $(rows "$scratch/plan-$fiches.xlsx") rows; plan of $large fiches: $(rows "$scratch/plan-$large.xlsx") rows"

# Mean wall time, in seconds, of RUNS runs of a command (its output discarded).
mean() {
  i=0
  total=0
  while [ "$i" -lt "$runs" ]; do
    t=$( { /usr/bin/time -f "%e" "$@" > /dev/null 2> /dev/null; } 2>&1 | tail -n 1)
    total=$(echo "$total + $t" | bc -l)
    i=$((i + 1))
  done
  echo "scale=3; $total / $runs" | bc -l
}

compare() {
  label=$1
  shift
  import="$* import --from tet $scratch/plan-$fiches.xlsx -o $scratch/importe.json --metadonnees $scratch/meta-$fiches.json"
  validate="$* validate $scratch/importe.json"
  # shellcheck disable=SC2086
  $import > /dev/null 2>&1 || true
  if command -v hyperfine > /dev/null; then
    hyperfine -N -w 2 -r "$runs" -i --export-json "$scratch/$label.json" "$import" "$validate" > /dev/null
    a=$(jq '.results[0].mean' "$scratch/$label.json")
    b=$(jq '.results[1].mean' "$scratch/$label.json")
  else
    # shellcheck disable=SC2086
    a=$(mean $import)
    # shellcheck disable=SC2086
    b=$(mean $validate)
  fi
  printf '%s: import %.3f s, validate %.3f s, ratio %.2f (target <= 2)\n' "$label" "$a" "$b" "$(echo "$a / $b" | bc -l)"
}

compare launcher "$launcher"
compare "java -jar" java -jar "$cli"

/usr/bin/time -f "import of $large fiches, -Xmx$heap: wall %e s, max RSS %M KB, exit %x" \
  java -Xmx"$heap" -jar "$cli" import --from tet "$scratch/plan-$large.xlsx" -o "$scratch/importe-large.json" \
  --metadonnees "$scratch/meta-$large.json" > "$scratch/large.out" 2>&1 || true
tail -n 1 "$scratch/large.out"
