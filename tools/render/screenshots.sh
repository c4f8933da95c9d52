#!/bin/sh
# Renders each reference contract and a generated one (with fiches, operations, calendars, fundings
# and indicators) with `cls render`, then takes a PNG screenshot of each page with Debian's headless
# Chromium, to look at what a reader sees. For review only: not part of CI.
#
#   mvn -B install -DskipTests        (once: cls-cli/target/cls-cli.jar and the testkit's jar)
#   apt-get install -y chromium       (once)
#   tools/render/screenshots.sh [DIRECTORY]      (default: target/render-screenshots)
#
# The pages are rendered as of 2026-11-22, the testkit's reference date, so they do not change with
# the day. SEED and SIZE (environment) choose the generated contract (default 8 and 30).
set -eu
cd "$(dirname "$0")/../.."
out=${1:-target/render-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
jar=cls-cli/target/cls-cli.jar
testkit=$(ls cls-testkit/target/cls-testkit-*.jar | grep -v -e sources -e javadoc | head -n 1)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ ! -f "$jar" ] || [ -z "$testkit" ]; then
  echo "screenshots.sh : lancer d'abord mvn -B install -DskipTests" >&2
  exit 2
fi
if [ -z "$browser" ]; then
  echo "screenshots.sh : chromium introuvable (apt-get install -y chromium)" >&2
  exit 2
fi

shot() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --window-size="${WIDTH:-1280},${HEIGHT:-2400}" --screenshot="$2" "file://$1" >/dev/null 2>&1
  echo "$2"
}

java -cp "$jar:$testkit" tools/render/ContratGenere.java "${SEED:-8}" "${SIZE:-30}" > "$out/contrat-genere.json"
for f in examples/contrats/*.json "$out/contrat-genere.json"; do
  name=$(basename "$f" .json)
  java -jar "$jar" render "$f" -o "$out/$name.html" --date 2026-11-22 >/dev/null
  shot "$out/$name.html" "$out/$name.png"
done
java -jar "$jar" render "$out/contrat-genere.json" -o "$out/contrat-genere.en.html" --lang en --date 2026-11-22 >/dev/null
shot "$out/contrat-genere.en.html" "$out/contrat-genere.en.png"
