#!/bin/sh
# Whole-process wall time of `cls validate` on one reference example, against `java -version` of
# the JDK the launcher runs on (the "cold command" target of docs/performance.md: at most 2×) and
# against a JVM that starts on the same jar, with the same flags, and runs an empty main
# (io.clsante.cli.Baseline): all five commands measured in the same hyperfine run (apt-get install
# hyperfine). Run from anywhere after `mvn -B -q install -DskipTests`; RUNS sets the number of runs
# (default 20), EXPORT a markdown file for hyperfine's table, JAVA the JDK's java if the launcher
# cannot tell it.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
if ! command -v hyperfine > /dev/null; then
  echo "hyperfine missing: apt-get install hyperfine" >&2
  exit 2
fi
jar="$root/cls-cli/target/cls-cli.jar"
example=examples/contrats/cls-astarac-2025-2029.json
# What the launcher cls-cli/target/cls adds to `java -jar`.
fast="-XX:SharedArchiveFile=$root/cls-cli/target/cls.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
# The JDK the launcher runs on, asked from the launcher itself (it passes CLS_JAVA_OPTS to java).
if [ -z "${JAVA:-}" ]; then
  home=$(CLS_JAVA_OPTS=-XshowSettings:properties "$root/cls-cli/target/cls" --version 2>&1 \
    | sed -n 's/^ *java\.home = //p')
  JAVA=${home:+$home/bin/}java
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), launcher's JDK: $("$JAVA" -version 2>&1 | head -n 1) ($JAVA)"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (modified)')"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" ${EXPORT:+--export-markdown "$EXPORT"} --export-csv "$scratch/times.csv" \
  -n "java -version (the launcher's JDK)" "$JAVA -version" \
  -n "baseline: java -cp cls-cli.jar Baseline" "java -cp $jar io.clsante.cli.Baseline" \
  -n "java -jar cls-cli.jar validate" "java -jar $jar validate $example" \
  -n "fast baseline: java (launcher flags) -cp cls-cli.jar Baseline" "java $fast -cp $jar io.clsante.cli.Baseline" \
  -n "cls-cli/target/cls validate" "$root/cls-cli/target/cls validate $example"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# CSV columns: command, mean, stddev, ... (seconds); rows in the order above.
awk -F, 'NR == 2 { version = $2 } NR == 3 { baseline = $2 } NR == 6 { cls = $2 }
  END { r = cls / version
        printf "cls validate / java -version = %.0f / %.0f ms = %.2f× (target ≤ 2×: %s)\n", cls * 1000, version * 1000, r, r <= 2 ? "met" : "not met"
        printf "cls validate / empty main (Baseline) = %.2f×\n", cls / baseline }' "$scratch/times.csv"
