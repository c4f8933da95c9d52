#!/bin/sh
# cls serve under load, on loopback (docs/performance.md, target "server cost ≤ 1.5 × validation +
# HTTP overhead"):
#   1. writes the benchmark generator's valid 30-fiche contract (io.clsante.benchmarks.Corpus);
#   2. starts `cls serve` on a free loopback port and warms it up under the same load (WARMUP
#      seconds: the JIT compiles the server and the validation for about 20 s on two cores, and a
#      measure taken before then is a measure of the compiler);
#   3. measures with wrk, 16 connections: POST /api/v1/validate of that contract, then GET /health
#      (the HTTP overhead of a trivial endpoint); throughput and p99 latency of each;
#   4. measures the library's validation of the same bytes with JMH, on as many threads as cores
#      (FileValidationBenchmark, throughput);
#   5. prints the cost per request of each (1 / throughput) and the ratio
#      (server − overhead) / library.
# Needs wrk (apt-get install wrk) and the jars of `mvn -B -q install -DskipTests`. About two minutes.
# Settings, from the environment: FICHES (30), CONNECTIONS (16), DURATION of each wrk run in
# seconds (15), WARMUP in seconds (30), JMH_OPTS (JMH's options over the defaults below), KEEP (a
# directory to keep the files).
set -eu
cd "$(dirname "$0")/../.."
bench=cls-benchmarks/target/benchmarks.jar
cli=cls-cli/target/cls-cli.jar
fiches=${FICHES:-30}
connections=${CONNECTIONS:-16}
duration=${DURATION:-15}
warmup=${WARMUP:-30}
threads=$(nproc)
jmh_opts=${JMH_OPTS:--f 1 -wi 5 -i 5 -w 1s -r 2s}

[ -r "$bench" ] && [ -r "$cli" ] || { echo "jars missing: run mvn -B -q install -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 2; }
if [ -n "${KEEP:-}" ]; then
  scratch=$KEEP
  mkdir -p "$scratch"
else
  scratch=$(mktemp -d)
fi
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  [ -n "${KEEP:-}" ] || rm -rf "$scratch"
}
trap cleanup EXIT

java -cp "$bench" io.clsante.benchmarks.Corpus --fiches "$scratch" "$fiches" > /dev/null
body=$scratch/contrat-$fiches-fiches.json
cat > "$scratch/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$body", "rb")
wrk.body = file:read("*a")
file:close()
LUA

java -jar "$cli" serve --port 0 > "$scratch/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  url=$(sed -n 's/.* sur \(http:[^ ]*\) .*/\1/p' "$scratch/serve.out")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "cls serve did not start:" >&2; cat "$scratch/serve.out" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" "${url}api/v1/validate")
[ "$status" = 200 ] || { echo "POST /api/v1/validate answered $status" >&2; exit 1; }

echo "$threads cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (modified)'), $fiches fiches ($(wc -c < "$body") bytes), $connections connections, ${warmup} s of warm-up, ${duration} s per run"
wrk -t2 -c"$connections" -d"${warmup}s" -s "$scratch/post.lua" "${url}api/v1/validate" > /dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$scratch/post.lua" "${url}api/v1/validate" > "$scratch/validate.txt"
wrk -t2 -c"$connections" -d3s "${url}health" > /dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency "${url}health" > "$scratch/health.txt"
kill "$server"
server=
# shellcheck disable=SC2086
java -jar "$bench" 'FileValidationBenchmark\.validate$' -bm thrpt -tu s -t "$threads" $jmh_opts \
  -p file="$body" -rf json -rff "$scratch/jmh.json" > "$scratch/jmh.txt"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

rate() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() { sed -n 's/^ *99% *\(.*\)$/\1/p' "$1"; }
errors() { grep -E 'Non-2xx|Socket errors' "$1" || true; }
library=$(sed -n 's/.*"score" *: *\([0-9.Ee+-]*\).*/\1/p' "$scratch/jmh.json" | head -n 1)
validate=$(rate "$scratch/validate.txt")
health=$(rate "$scratch/health.txt")
errors "$scratch/validate.txt"
errors "$scratch/health.txt"
awk -v v="$validate" -v h="$health" -v l="$library" -v pv="$(p99 "$scratch/validate.txt")" -v ph="$(p99 "$scratch/health.txt")" 'BEGIN {
  printf "%-34s %12s %14s %10s\n", "", "requests/s", "µs / request", "p99"
  printf "%-34s %12.0f %14.1f %10s\n", "POST /api/v1/validate", v, 1e6 / v, pv
  printf "%-34s %12.0f %14.1f %10s\n", "GET /health (HTTP overhead)", h, 1e6 / h, ph
  printf "%-34s %12.0f %14.1f %10s\n", "library, validate(byte[]) (JMH)", l, 1e6 / l, "-"
  printf "\n(server - overhead) / library = %.2f (target: at most 1.5)\n", (1e6 / v - 1e6 / h) / (1e6 / l)
}'
