#!/bin/sh
# The batch and streaming measurements of docs/performance.md: 1,000 generated contracts validated
# by `cls validate DIR` under -Xmx256m, and a stream of 20,000 contracts (and one of 2,000) by
# `cls validate --ndjson` under a small heap. Needs GNU time (/usr/bin/time) and the jars of
# `mvn -B -q install -DskipTests`; COUNT and LINES change the sizes, HEAP the stream's heap.
set -eu
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
bench=cls-benchmarks/target/benchmarks.jar
cli=cls-cli/target/cls-cli.jar
count=${COUNT:-1000}
lines=${LINES:-20000}
heap=${HEAP:-64m}
format="wall %e s, user %U s, sys %S s, CPU %P, max RSS %M KB, exit %x"

java -cp "$bench" io.clsante.benchmarks.Corpus "$scratch/dir" "$count"
echo "$count files, $(du -sh "$scratch/dir" | cut -f1), $(nproc) cores"
/usr/bin/time -f "validate DIR, -Xmx256m: $format" \
  java -Xmx256m -jar "$cli" validate "$scratch/dir" > "$scratch/dir.out" || true
tail -n 1 "$scratch/dir.out"
/usr/bin/time -f "validate DIR, -Xmx256m, one core: $format" \
  java -Xmx256m -XX:ActiveProcessorCount=1 -jar "$cli" validate "$scratch/dir" > "$scratch/dir.out" || true
tail -n 1 "$scratch/dir.out"

for n in $((lines / 10)) "$lines"; do
  java -cp "$bench" io.clsante.benchmarks.Corpus --ndjson "$scratch/stream.ndjson" "$n"
  echo "$n lines, $(du -sh "$scratch/stream.ndjson" | cut -f1)"
  /usr/bin/time -f "validate --ndjson, -Xmx$heap: $format" \
    java -Xmx"$heap" -Xlog:gc:file="$scratch/gc.log" -jar "$cli" validate --ndjson "$scratch/stream.ndjson" \
    > "$scratch/stream.out" || true
  tail -n 1 "$scratch/stream.out"
  # The heap after each collection: flat whatever the number of lines.
  echo "heap after GC, max: $(grep -o -- '->[0-9]*M' "$scratch/gc.log" | tr -d '>M-' | sort -n | tail -n 1) MB"
done
