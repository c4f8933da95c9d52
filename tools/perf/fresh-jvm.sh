#!/bin/sh
# The "fresh JVM" target of docs/performance.md: a one-shot program that builds a validator with
# ClsValidator.builder().build() and validates one reference example (the examples module's
# io.clsante.examples.ValidateFile), run with plain `java -cp` on the library's jars and their
# runtime dependencies, against the whole-process time of an empty main (io.clsante.cli.Baseline)
# under the same java and the same class path; both in the same hyperfine run. Target: at most 4×.
# Needs hyperfine (apt-get install hyperfine) and the jars of `mvn -B -q install -DskipTests`.
# Settings, from the environment: JAVA (default JDK 17's java), RUNS (default 20), EXAMPLE.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
if ! command -v hyperfine > /dev/null; then
  echo "hyperfine missing: apt-get install hyperfine" >&2
  exit 2
fi
jdk17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
if [ -z "${JAVA:-}" ]; then
  if [ -x "$jdk17" ]; then JAVA=$jdk17; else JAVA=java; fi
fi
example=${EXAMPLE:-$root/examples/contrats/cls-astarac-2025-2029.json}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The class path an application has: cls-rules, its runtime dependencies as this clone's poms
# declare them, the project's own modules taken from this clone's target directories (not from
# the local Maven repository, which other builds may have overwritten), plus the two programs.
mvn -B -q -o -pl cls-rules -am dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile=target/fresh-jvm-classpath.txt > "$scratch/mvn.log" 2>&1 \
  || { cat "$scratch/mvn.log" >&2; exit 2; }
deps=$(sed "s#[^:]*/io/clsante/\([^/]*\)/[^/]*/\([^/:]*\.jar\)#$root/\1/target/\2#g" \
  cls-rules/target/fresh-jvm-classpath.txt)
jar() { # the module's main jar in its target directory, of the version the build last wrote
  version=$(sed -n 's/^version=//p' "$root/$1/target/maven-archiver/pom.properties" 2> /dev/null)
  echo "$root/$1/target/$1-${version:-missing}.jar"
}
cp="$(jar examples):$(jar cls-cli):$(jar cls-rules):$deps"
for entry in $(echo "$cp" | tr ':' ' '); do
  [ -r "$entry" ] || { echo "missing on the class path: $entry (run mvn -B -q install -DskipTests)" >&2; exit 2; }
done

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -n 1) ($JAVA)"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (modified)'), $(echo "$cp" | tr ':' '\n' | wc -l) entries on the class path"
"$JAVA" -version 2>&1 | grep -q '"17\.' || echo "warning: $JAVA is not a JDK 17; the target is stated for JDK 17"
# The program must validate the example (exit 0, "valide"), or the figure means nothing.
"$JAVA" -cp "$cp" io.clsante.examples.ValidateFile "$example" > "$scratch/out.txt" 2>&1 \
  || { cat "$scratch/out.txt" >&2; echo "the example is not valid" >&2; exit 1; }

hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-csv "$scratch/times.csv" \
  -n "empty main" "$JAVA -cp $cp io.clsante.cli.Baseline" \
  -n "build() + validate one example" "$JAVA -cp $cp io.clsante.examples.ValidateFile $example"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# CSV columns: command, mean, stddev, median, user, system, min, max (seconds).
awk -F, 'NR == 2 { base = $2; bs = $3 }
  NR == 3 { printf "| empty main | %.1f ± %.1f ms |\n| build() + validate one example | %.1f ± %.1f ms |\n", base * 1000, bs * 1000, $2 * 1000, $3 * 1000
            r = $2 / base
            printf "\nfresh JVM / empty main = %.2f× (target ≤ 4×: %s)\n", r, r <= 4 ? "met" : "not met" }' \
  "$scratch/times.csv"
