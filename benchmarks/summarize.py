#!/usr/bin/env python3
# Medians per workload and side of compare-with-peer.sh output, as a Markdown table.
import json,sys,statistics,math
rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ws=["pass-chain","choice-loop","map-3k","parallel-fanout","task-retry-catch","wait-heavy"]
def med(side,w,k): 
    v=[r['r'][k] for r in rows if r['side']==side and r['r']['workload']==w]
    return statistics.median(v) if v else float('nan'), len(v)
print("| workload | peer exec/s | ours exec/s | ratio | peer p50/p99 µs | ours p50/p99 µs | runs |")
print("|---|---:|---:|---:|---:|---:|---:|")
logs=[]
for w in ws:
    pe,n1=med('peer',w,'executions_per_sec'); oe,n2=med('ours',w,'executions_per_sec')
    pp50,_=med('peer',w,'p50_us'); pp99,_=med('peer',w,'p99_us'); op50,_=med('ours',w,'p50_us'); op99,_=med('ours',w,'p99_us')
    ratio=oe/pe if pe==pe and oe==oe else float('nan')
    if ratio==ratio: logs.append(math.log(ratio))
    print(f"| {w} | {pe:,.1f} | {oe:,.1f} | {ratio:.2f}x | {pp50:.0f} / {pp99:.0f} | {op50:.0f} / {op99:.0f} | {n1}+{n2} |")
if logs: print("geometric mean ratio: %.2fx over %d workloads"%(math.exp(sum(logs)/len(logs)),len(logs)))
print("loads:", [r['load'] for r in rows])
