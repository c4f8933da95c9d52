#!/bin/sh
# Whole-process wall time of `cls validate` on one reference example, against a JVM that starts on
# the same jar, with the same flags, and runs an empty main (io.clsante.cli.Baseline): all four
# commands measured in the same hyperfine run (apt-get install hyperfine). Run from anywhere after
# `mvn -B -q install -DskipTests`; RUNS sets the number of runs (default 20). docs/performance.md.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
jar="$root/cls-cli/target/cls-cli.jar"
example=examples/contrats/cls-astarac-2025-2029.json
# What the launcher cls-cli/target/cls adds to `java -jar`.
fast="-XX:SharedArchiveFile=$root/cls-cli/target/cls.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" ${EXPORT:+--export-markdown "$EXPORT"} \
  -n "baseline: java -cp cls-cli.jar Baseline" "java -cp $jar io.clsante.cli.Baseline" \
  -n "java -jar cls-cli.jar validate" "java -jar $jar validate $example" \
  -n "fast baseline: java (launcher flags) -cp cls-cli.jar Baseline" "java $fast -cp $jar io.clsante.cli.Baseline" \
  -n "cls-cli/target/cls validate" "$root/cls-cli/target/cls validate $example"
