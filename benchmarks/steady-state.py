#!/usr/bin/env python3
"""Steady-state throughput of both sides, side by side, workload by workload.

Each side runs each shared workload long enough that its rate no longer rises with the count:
a warm-up of its own as long as the timed part (the same number of executions, untimed), then at
least MIN_SECONDS of timed executions; the count doubles while the rate still rises by more than
RISE (default 5%) or the timed part is shorter than MIN_SECONDS. The peer and ours alternate per
workload, so both see the same machine load. One JSON line per final run is appended to OUT, in
the shape summarize.py reads ({side, round, load, mode, r: <bench line>}).

  PEER_DIR=/tmp/peers/als OURS_JAR=cli/target/sfn-emulator-cli.jar \\
    python3 benchmarks/steady-state.py OUT.jsonl [workload ...]
"""
import json
import math
import os
import subprocess
import sys

OUT = sys.argv[1]
ONLY = sys.argv[2:]
PEER_DIR = os.environ.get("PEER_DIR", "/tmp/peers/als")
OURS_JAR = os.environ.get("OURS_JAR", "cli/target/sfn-emulator-cli.jar")
WORKLOADS = os.environ.get("WORKLOADS", "../shared/workloads")
MIN_SECONDS = float(os.environ.get("MIN_SECONDS", "2"))
RISE = float(os.environ.get("RISE", "0.05"))
ROUNDS = int(os.environ.get("ROUNDS", "1"))
NAMES = ["pass-chain", "choice-loop", "map-3k", "parallel-fanout", "task-retry-catch", "wait-heavy"]

with open(os.path.join(WORKLOADS, "workloads.json")) as f:
    BASE = {name: w["executions"] for name, w in json.load(f)["workloads"].items()}


def run(side, workload, count):
    if side == "peer":
        cmd = ["node_modules/.bin/node", "bench.mjs", workload, str(count), "--warmup", str(count)]
        cwd = PEER_DIR
    else:
        cmd = ["java", "-jar", os.path.abspath(OURS_JAR), "bench", "--workloads",
               os.path.abspath(WORKLOADS), "--executions", str(count), "--warmup", str(count),
               workload]
        cwd = None
    line = subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout
    return json.loads(line.strip().splitlines()[-1])


def steady(side, workload):
    count = BASE[workload]
    result = run(side, workload, count)
    while result["seconds"] < MIN_SECONDS:
        count = int(count * min(50, max(2, math.ceil(1.2 * MIN_SECONDS / max(result["seconds"], 1e-3)))))
        result = run(side, workload, count)
    for _ in range(3):
        longer = run(side, workload, count * 2)
        rose = longer["executions_per_sec"] > result["executions_per_sec"] * (1 + RISE)
        count, result = count * 2, longer
        if not rose:
            break
    return result


for r in range(1, ROUNDS + 1):
    for workload in ONLY or NAMES:
        for side in ("peer", "ours"):
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            result = steady(side, workload)
            line = json.dumps({"side": side, "round": r, "load": load, "mode": "steady", "r": result})
            print(line, flush=True)
            with open(OUT, "a") as f:
                f.write(line + "\n")
