#!/bin/bash
# Runs the six shared workloads on the peer harness (aws-local-stepfunctions) and on our CLI,
# interleaved (peer then ours, per workload, per round) so both see the same machine load.
# Appends one JSON line per run {side, round, load, r: <bench line>} to OUT; summarise with
# summarize.py OUT.
#
#   PEER_DIR=/tmp/peers/als OURS_JAR=emulator/target/sfn-emulator-cli.jar ROUNDS=3 \
#     benchmarks/compare-with-peer.sh results.jsonl
# PEER_DIR is a copy of shared/peers/als after `npm ci`, with ../../workloads resolving to the
# shared workloads; run this script from the repository root.
set -euo pipefail
OUT=${1:?output file}
PEER_DIR=${PEER_DIR:-/tmp/peers/als}
OURS_JAR=${OURS_JAR:-emulator/target/sfn-emulator-cli.jar}
ROUNDS=${ROUNDS:-3}
for r in $(seq 1 "$ROUNDS"); do
  for w in pass-chain choice-loop map-3k parallel-fanout task-retry-catch wait-heavy; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(cd "$PEER_DIR" && node_modules/.bin/node bench.mjs "$w")
    echo "{\"side\":\"peer\",\"round\":$r,\"load\":\"$load\",\"r\":$line}" >> "$OUT"
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(java -jar "$OURS_JAR" bench "$w")
    echo "{\"side\":\"ours\",\"round\":$r,\"load\":\"$load\",\"r\":$line}" >> "$OUT"
  done
done
