#!/bin/bash
# Runs the six shared workloads on the peer harness (aws-local-stepfunctions) and on our CLI,
# interleaved (peer then ours, per workload, per round) so both see the same machine load.
# Appends one JSON line per run {side, round, load, r: <bench line>} to OUT; summarise with
# summarize.py OUT.
#
#   PEER_DIR=/tmp/peers/als OURS_JAR=cli/target/sfn-emulator-cli.jar ROUNDS=3 \
#     benchmarks/compare-with-peer.sh results.jsonl
# PEER_DIR is a copy of shared/peers/als after `npm ci`, with ../../workloads resolving to the
# shared workloads; run this script from the repository root. SCALE=10 runs ten times each
# workload's execution count on both sides (warm-up still 10% of the count): the longer run shows
# each side nearer its steady state.
set -euo pipefail
OUT=${1:?output file}
PEER_DIR=${PEER_DIR:-/tmp/peers/als}
OURS_JAR=${OURS_JAR:-cli/target/sfn-emulator-cli.jar}
ROUNDS=${ROUNDS:-3}
SCALE=${SCALE:-1}
WORKLOADS=${WORKLOADS:-../shared/workloads}
count() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['workloads'][sys.argv[2]]['executions'] * int(sys.argv[3]))" "$WORKLOADS/workloads.json" "$1" "$SCALE"; }
for r in $(seq 1 "$ROUNDS"); do
  for w in pass-chain choice-loop map-3k parallel-fanout task-retry-catch wait-heavy; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    n=$(count "$w")
    line=$(cd "$PEER_DIR" && node_modules/.bin/node bench.mjs "$w" "$n")
    echo "{\"side\":\"peer\",\"round\":$r,\"load\":\"$load\",\"r\":$line}" >> "$OUT"
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(java -jar "$OURS_JAR" bench --workloads "$WORKLOADS" --executions "$n" "$w")
    echo "{\"side\":\"ours\",\"round\":$r,\"load\":\"$load\",\"r\":$line}" >> "$OUT"
  done
done
