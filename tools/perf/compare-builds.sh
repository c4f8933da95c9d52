#!/bin/sh
# The library of the working tree against the library of an earlier revision, in one JVM: each
# build's validator in a class loader of its own, the two validating the same generated contract in
# turn, 200 ms of CPU time each, 60 pairs after 20 of warm-up (io.clsante.benchmarks.CompareBuilds).
# Prints each build's median and the median of the pairs' ratios, after / before, with its
# quartiles. On a machine whose speed drifts over minutes, this compares two builds where figures
# measured one after the other (JMH, ajv-vs-cls.sh) compare the minutes too. docs/performance.md.
#
# Usage: tools/perf/compare-builds.sh REVISION     e.g. HEAD~1, a commit, a tag
# after `mvn -B -q install -DskipTests` of the working tree. The revision is built in a temporary
# worktree (`mvn package` of cls-benchmarks and what it needs, about two minutes; nothing is
# installed). FICHES sets the contract's size (default 30), PAIRS the number of pairs (default 60).
set -eu
cd "$(dirname "$0")/../.."
revision=${1:?usage: tools/perf/compare-builds.sh REVISION}
bench=$(pwd)/cls-benchmarks/target/benchmarks.jar
fiches=${FICHES:-30}
if [ ! -r "$bench" ]; then
  echo "compare-builds.sh: $bench is missing; build first: mvn -B -q install -DskipTests" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'git worktree remove --force "$scratch/before" > /dev/null 2>&1 || true; rm -rf "$scratch"' EXIT

git worktree add --quiet --detach "$scratch/before" "$revision"
echo "building $revision ($(git rev-parse --short "$revision")) in a temporary worktree ..."
(cd "$scratch/before" && mvn -B -q package -pl cls-benchmarks -am -DskipTests -Dmaven.javadoc.skip=true)
java -cp "$bench" io.clsante.benchmarks.Corpus --fiches "$scratch" "$fiches"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "before: $revision; after: the working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', modified')); $fiches fiches"
java -cp "$bench" io.clsante.benchmarks.CompareBuilds "$scratch/contrat-$fiches-fiches.json" \
  "$scratch/before/cls-benchmarks/target/benchmarks.jar" "$bench" ${PAIRS:-60}
