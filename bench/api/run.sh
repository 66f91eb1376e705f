#!/usr/bin/env bash
# The realtime question through the API and the same Cypher through the driver, in one run.
# Usage: bench/api/run.sh [clients=32] [seconds=15]     (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
# built in the reactor, nothing installed into the local Maven repository (a stale install would shadow later builds)
mvn -B -q -o test-compile dependency:build-classpath -pl api -am -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.cp >/dev/null
exec java -Xmx2g -cp "api/target/classes:api/target/test-classes:$(cat api/target/bench.cp)" \
  dev.techgraph.api.ApiBenchmark "${1:-32}" "${2:-15}"
