#!/usr/bin/python3
"""Prints recorded traces one event a line, numbers relative to each side's ISS (dev-only)."""
import json
import os
import sys

DIR = os.path.join(os.path.dirname(__file__), "..", "..", "test", "kernel", "traces")

for name in sys.argv[1:] or sorted(f[:-5] for f in os.listdir(DIR) if f.endswith(".json")):
    t = json.load(open(os.path.join(DIR, name + ".json")))
    print(f"{name} ({t['kernel']}): {t['description']}")
    k, p = t["kernelIss"] or 0, t["peerIss"]
    for e in t["events"]:
        if e["kind"] in ("peer", "kernel"):
            s = e["segment"]
            mine = k if e["kind"] == "kernel" else p
            other = p if e["kind"] == "kernel" else k
            ack = (s["ack"] - other) % 2**32 if "A" in s["flags"] else "-"
            print(f"  {e['t']:>9} {e['kind']:6} {s['flags']:3} seq={(s['seq'] - mine) % 2**32} ack={ack} len={len(s['data'])}")
        elif e["kind"] == "call":
            extra = {x: e[x] for x in e if x not in ("t", "kind", "call")}
            print(f"  {e['t']:>9} call   {e['call']} {extra or ''}")
        else:
            print(f"  {e['t']:>9}            -> {e['state']}")
