#!/bin/sh
# Cold start of the command: the whole process of `cls-cli/target/cls validate` of one reference
# example, against `java -version` of the JVM the launcher runs (the one its archive belongs to,
# named in cls-cli/target/cls.jvm), both measured in the same run. Target: at most 2x.
# Run from anywhere after `mvn -B -q install -DskipTests`. RUNS sets the number of runs (default
# 20); EXPORT=file.md also writes hyperfine's table. Uses hyperfine (Debian: apt-get install
# hyperfine); without it, a shell loop that runs the two commands in turn and times each with
# `date +%s%N` (which adds about a millisecond to both). docs/performance.md.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
target=$root/cls-cli/target
launcher=$target/cls
example=$root/examples/contrats/cls-astarac-2025-2029.json
runs=${RUNS:-20}

if [ ! -x "$launcher" ]; then
  echo "start-time.sh: $launcher is missing; build first: mvn -B -q install -DskipTests" >&2
  exit 2
fi
java=
archive="no archive"
if [ -r "$target/cls.jvm" ]; then
  read -r java < "$target/cls.jvm"
  if [ -r "$target/cls.aot" ]; then archive="AOT cache cls.aot"; else archive="class-data archive cls.jsa"; fi
fi
if [ -z "$java" ] || [ ! -x "$java" ]; then
  java=${JAVA_HOME:+$JAVA_HOME/bin/}java
  archive="no archive"
fi
echo "JVM: $java ($archive)"
"$java" -version 2>&1 | sed -n 2p

base_name="java -version"
cls_name="cls validate $(basename "$example")"
results=$(mktemp)
trap 'rm -f "$results" "$results".*' EXIT

if command -v hyperfine > /dev/null 2>&1; then
  hyperfine -N --warmup 3 --runs "$runs" --export-csv "$results" ${EXPORT:+--export-markdown "$EXPORT"} \
    -n "$base_name" "$java -version" \
    -n "$cls_name" "$launcher validate $example"
  # command,mean,stddev,... in seconds, one line per command in the order given.
  summary=$(awk -F, 'NR > 1 { printf "%.1f %.1f ", $2 * 1000, $3 * 1000 }' "$results")
else
  echo "hyperfine not found: a shell loop times the two commands in turn ($runs runs, 3 warm-ups)."
  i=0
  while [ "$i" -lt $((runs + 3)) ]; do
    t0=$(date +%s%N); "$java" -version > /dev/null 2>&1; t1=$(date +%s%N)
    "$launcher" validate "$example" > /dev/null 2>&1 || { echo "start-time.sh: cls validate failed" >&2; exit 1; }
    t2=$(date +%s%N)
    if [ "$i" -ge 3 ]; then
      echo $(((t1 - t0) / 1000)) >> "$results.base"
      echo $(((t2 - t1) / 1000)) >> "$results.cls"
    fi
    i=$((i + 1))
  done
  # Mean and sample standard deviation in milliseconds of a file of microseconds.
  stats() {
    awk '{ s += $1; q += $1 * $1; n++ } END { m = s / n; v = n > 1 ? (q - n * m * m) / (n - 1) : 0;
      printf "%.1f %.1f ", m / 1000, sqrt(v > 0 ? v : 0) / 1000 }' "$1"
  }
  summary="$(stats "$results.base")$(stats "$results.cls")"
fi

echo "$summary" | awk -v b="$base_name" -v c="$cls_name" '{
  printf "%-40s %8.1f ± %.1f ms\n", b, $1, $2
  printf "%-40s %8.1f ± %.1f ms\n", c, $3, $4
  printf "%-40s %8.2f (target: at most 2)\n", "ratio", $3 / $1 }'
