#!/bin/sh
# Renders each reference contract, the document of every concept and a generated one (with fiches,
# operations, calendars, fundings and indicators) with `cls render`, then takes a PNG screenshot of
# the top of each page with Debian's headless Chromium, and of a few parts alone (a fiche with its
# operations, the calendar and the budget), to look at what a reader sees. For review only: not
# part of CI.
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

# part PAGE NAME HIDDEN: a screenshot of some parts of PAGE alone, as NAME.png beside it. HIDDEN is
# a CSS selector of what to leave out (everything around the parts). The review copy gets that
# rule and a script that writes the height of what is left into the DOM, which Chromium dumps, so
# that the screenshot is as tall as the parts. The page itself has no script.
part() {
  copy="${1%.html}.$2.html"
  sed -e "s|</head>|<style>$3 { display: none !important; } body { padding-top: 8px; padding-bottom: 8px; }</style></head>|" \
    -e 's|</body>|<script>document.body.dataset.height = Math.ceil(document.documentElement.getBoundingClientRect().height);</script></body>|' \
    "$1" > "$copy"
  width=${PART_WIDTH:-1160}
  height=$("$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --window-size="$width,600" --dump-dom "file://$copy" 2>/dev/null | sed -n 's/.*data-height="\([0-9]*\)".*/\1/p')
  WIDTH="$width" HEIGHT="${height:-2400}" shot "$copy" "$(dirname "$1")/$2.png"
}

java -cp "$jar:$testkit" tools/render/ContratGenere.java "${SEED:-8}" "${SIZE:-30}" > "$out/contrat-genere.json"
for f in examples/contrats/*.json examples/concepts/tous-les-concepts.json "$out/contrat-genere.json"; do
  name=$(basename "$f" .json)
  # Exit code 1 is a page written for a document with errors (the concept document has some).
  java -jar "$jar" render "$f" -o "$out/$name.html" --date 2026-11-22 >/dev/null || [ $? -eq 1 ]
  shot "$out/$name.html" "$out/$name.png"
done
java -jar "$jar" render "$out/contrat-genere.json" -o "$out/contrat-genere.en.html" --lang en --date 2026-11-22 >/dev/null
shot "$out/contrat-genere.en.html" "$out/contrat-genere.en.png"

# The parts shown in the READMEs: the calendar and the budget of the generated contract, and a fiche
# with an operation that has its own leads, publics, sector, fundings and indicators.
part "$out/contrat-genere.html" calendrier-budget "header, nav, main > :not(#planning):not(#budget)"
part "$out/tous-les-concepts.html" fiche-operations \
  "header, nav, main > :not(#plan), #plan > :not(#axe-1), #axe-1 > :not(#fiche-1-1)"
