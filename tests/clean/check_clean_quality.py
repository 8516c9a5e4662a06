#!/usr/bin/env python3
"""Regression floor for extraction quality: runs tests/benchmarks/clean_scores.py with the built
program and fails when a set's F1, or a by-site fold's, falls under its floor (--floor SET=F1 or
--floor SET/foldK=F1, repeatable), or when a set timed on one core (pdf) cleans fewer documents
per CPU-second than --floor SET-speed=N."""
import argparse
import os
import pathlib
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--attache", required=True)
ap.add_argument("--floor", action="append", default=[])
a = ap.parse_args()
floors = dict((f.split("=")[0], float(f.split("=")[1])) for f in a.floor)
script = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "clean_scores.py"
# Where clean_scores.py reads the sets; exit status 77 is ctest's skip (SKIP_RETURN_CODE).
eval_dir = pathlib.Path(os.environ.get("ATTACHE_EVAL_DIR", pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval"))
if not (eval_dir / "clean").is_dir():
    print(f"clean_quality_floor: skipped: no evaluation set at {eval_dir / 'clean'} "
          "(the shared evaluation data lives beside the repository in ../shared, not in a clone)")
    sys.exit(77)
sets = sorted({name.split("/")[0].removesuffix("-speed") for name in floors})
done = subprocess.run([sys.executable, str(script), "--attache", a.attache, "--sets", ",".join(sets)],
                      capture_output=True, text=True)
print(done.stdout, done.stderr)
failed = done.returncode != 0
for name, floor in floors.items():
    if name.endswith("-speed"):
        pattern = rf"^{re.escape(name.removesuffix('-speed'))} speed: .* ([0-9.]+) documents per CPU-second"
        match = re.search(pattern, done.stdout, re.M)
        if not match or float(match.group(1)) < floor:
            print(f"{name}: {match.group(1) if match else 'no'} documents per CPU-second, the floor is {floor}")
            failed = True
        continue
    match = re.search(rf"^{re.escape(name)}\s+F1 ([0-9.]+)", done.stdout, re.M)
    if not match:
        print(f"{name}: no score")
        failed = True
    elif float(match.group(1)) < floor:
        print(f"{name}: F1 {match.group(1)} is under the floor {floor}")
        failed = True
sys.exit(1 if failed else 0)
