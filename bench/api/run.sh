#!/usr/bin/env bash
# The realtime question through the API and the same Cypher through the driver, in one run.
# Usage: bench/api/run.sh [clients=32] [seconds=15]     (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o install -DskipTests -pl api -am
mvn -B -q -o -pl api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
exec java -Xmx2g -cp "api/target/classes:api/target/test-classes:$(cat api/target/bench.cp)" \
  dev.techgraph.api.ApiBenchmark "${1:-32}" "${2:-15}"
