#!/usr/bin/env bash
# Builds the SDK and the benchmarks jar (tests skipped), then runs the whole suite and prints the ratio table.
# Arguments go to the Suite: [--quick|--full] [--include REGEX] [--cold-runs N] [--out FILE.md]
# Needs only JDK 17+ and Maven. Quick mode takes 7-9 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar io.github.tidbopenapi.benchmarks.Suite "$@"
