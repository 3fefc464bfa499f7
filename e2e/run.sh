#!/usr/bin/env bash
# End-to-end tests with the real Pulumi CLI and Java language host (built from their Go modules by
# e2e/build-cli.sh, or found in its cache), a local file backend and the simulated AWS provider plugin
# (a test double). Extra arguments go to Maven, e.g. -Dit.test=StagingRealCliIT.
set -euo pipefail
cd "$(dirname "$0")/.."

path="$(e2e/build-cli.sh)"
echo "$(basename "$path")"
mvn -B -Pe2e verify -De2e.path="$path" "$@"
