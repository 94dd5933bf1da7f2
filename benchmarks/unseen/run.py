"""Our own unseen material: fifteen corpora of reports written by independent authors
(generators in this folder; wording learned from real documents, not the seeds), each with
its gold answers. `make unseen` generates them, builds each with spravki and scores it with
../shared/tools/score.py. The figures are in the README.

usage: python benchmarks/unseen/run.py [--no-generate] [--corpora dev,holdout,...]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("UNSEEN_OUT", HERE / "out"))
CORPORA = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
           "holdout10", "holdout11", "holdout12", "holdout13", "holdout14"]
SCORE = HERE.parents[1].parent / "shared" / "tools" / "score.py"
KEYS = ("facts_f1", "mismatch_recall", "ok_recall", "false_alarms", "org_pairs_precision", "metadata_accuracy")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-generate", action="store_true")
    ap.add_argument("--corpora", default=",".join(CORPORA))
    args = ap.parse_args()
    py = sys.executable
    spravki = str(Path(py).parent / "spravki")
    for name in args.corpora.split(","):
        if not args.no_generate:
            subprocess.run([py, str(HERE / f"gen_{name}.py")], check=True, env={**os.environ, "UNSEEN_OUT": str(ROOT)},
                           stdout=subprocess.DEVNULL)
        out = ROOT / "build" / name
        subprocess.run([spravki, "build", str(ROOT / name), "-o", str(out), "--quiet", "--force"], check=False)
        if not SCORE.exists():
            print(f"{name}: built into {out} (no score.py beside the project to score it)")
            continue
        res = subprocess.run([py, str(SCORE), str(ROOT / "gold" / name), str(out)], capture_output=True, text=True)
        got = dict(line.split(": ", 1) for line in res.stdout.splitlines() if ": " in line)
        print(f"{name:9} " + "  ".join(f"{k}={got.get(k, '?')}" for k in KEYS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
