#!/usr/bin/env bash
# Import throughput against the plain batched UNWIND floor, unchanged re-import, disk per document, and
# extraction MB/s per core, at 1,000 and 10,000 generated documents (one run, figures to stdout).
#
#   bench/import-bench.sh [N...]          default: 1000 10000
#   BENCH_HEAP=12g bench/import-bench.sh 100000
#                                         the long run (generates a ~400 MB corpus first; every extracted
#                                         document is held in memory, hence the larger heap)
#
# Every store is a fresh embedded Neo4j in a temporary folder, deleted afterwards; nothing is installed
# into the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
max=0; for n in "${sizes[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
corpus="$(bench/corpus-for.sh "$max")"
mvn -B -q -o test-compile dependency:build-classpath -pl importer -am -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.cp >/dev/null
cp="importer/target/classes:importer/target/test-classes:$(cat importer/target/bench.cp)"
exec java "-Xmx${BENCH_HEAP:-4g}" -cp "$cp" dev.techgraph.importer.pipeline.ImportBenchmark "$corpus" "${sizes[@]}"
