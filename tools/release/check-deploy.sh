#!/bin/sh
# The deploy check: deploys the project to a Maven repository in a temporary directory, as
# `mvn deploy` would to Maven Central, then checks there, for each artifact, what Central requires
# (tools/release/CheckDeploy.java): pom metadata, jar, sources and Javadoc jars, checksums, and
# signatures when signing is asked for; and that the modules not meant for deployment are absent.
# Prints a table and exits non-zero on any gap.
#
#   tools/release/check-deploy.sh                        builds and runs every test, then checks
#   tools/release/check-deploy.sh -DskipTests            faster: no test
#   tools/release/check-deploy.sh -Prelease -Dgpg.keyname=KEY   also checks the signatures
#
# The arguments go to Maven. CLS_DEPLOY_REPO chooses the directory (default: a new temporary one,
# removed at the end).
set -eu
cd "$(dirname "$0")/../.."

if [ -n "${CLS_DEPLOY_REPO:-}" ]; then
  repo=$CLS_DEPLOY_REPO
  rm -rf "$repo"
  mkdir -p "$repo"
else
  repo=$(mktemp -d "${TMPDIR:-/tmp}/cls-deploy.XXXXXX")
  trap 'rm -rf "$repo"' EXIT
fi

signed=
for arg in "$@"; do
  case $arg in
    -Dgpg.keyname=*) signed=--signed ;;
  esac
done

mvn -B deploy "-DaltDeploymentRepository=local::file:$repo" "$@"
java tools/release/CheckDeploy.java "$PWD" "$repo" $signed
