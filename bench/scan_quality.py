"""Scanner quality on labelled snippets: recall and precision of `suite scan DIR --format json`
against bandit alone, file by file.

A corpus is a folder of Python files with a `labels.csv` beside them (`file,label,weakness,line,note`;
label is `insecure` or `secure`). Each insecure file holds one weakness and each secure file is a
near-miss of one: the same job done acceptably. A file counts as flagged when the scanner reports
any finding in it. The suite is run through its real CLI, the way a user runs it.
Prints the misses and false alarms, then one JSON line.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "bench" / "scan_corpus"
_RANK = {"low": 0, "medium": 1, "high": 2}


def load_labels(corpus: Path) -> dict[str, dict]:
    """Every labelled file under `corpus`, keyed by its path relative to `corpus`."""
    labels = {}
    for csv_path in sorted(corpus.rglob("labels.csv")):
        with csv_path.open(newline="") as fh:
            for row in csv.DictReader(fh):
                rel = (csv_path.parent / row["file"]).relative_to(corpus).as_posix()
                if row["label"] not in ("insecure", "secure"):
                    raise SystemExit(f"{csv_path}: {row['file']}: label must be insecure or secure")
                if not (corpus / rel).is_file():
                    raise SystemExit(f"{csv_path}: {row['file']} does not exist")
                labels[rel] = row
    if not labels:
        raise SystemExit(f"{corpus}: no labels.csv found")
    return labels


def suite_findings(corpus: Path) -> dict[str, list[str]]:
    proc = subprocess.run([sys.executable, "-m", "suite", "scan", str(corpus), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"suite scan exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    out: dict[str, list[str]] = {}
    for f in json.loads(proc.stdout)["findings"]:
        out.setdefault(f["path"], []).append(f"{f['rule_id']}:{f['line']}")
    return out


def bandit_findings(corpus: Path, min_severity: str) -> dict[str, list[str]]:
    bandit = Path(sys.executable).with_name("bandit")
    proc = subprocess.run([str(bandit if bandit.exists() else "bandit"), "-r", ".", "-f", "json", "-q"],
                          capture_output=True, text=True, cwd=corpus)
    out: dict[str, list[str]] = {}
    for r in json.loads(proc.stdout)["results"]:
        if _RANK[r["issue_severity"].lower()] >= _RANK[min_severity]:
            out.setdefault(r["filename"].removeprefix("./"), []).append(f"{r['test_id']}:{r['line_number']}")
    return out


def score(labels: dict[str, dict], flagged: dict[str, list[str]]) -> dict:
    tp = sum(1 for rel, row in labels.items() if row["label"] == "insecure" and flagged.get(rel))
    fp = sum(1 for rel, row in labels.items() if row["label"] == "secure" and flagged.get(rel))
    positives = sum(1 for row in labels.values() if row["label"] == "insecure")
    return {"recall": round(tp / positives, 4) if positives else None,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None, "tp": tp, "fp": fp,
            "fn": positives - tp}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    labels = load_labels(corpus)
    os.environ.setdefault("SEMGREP_ENABLE_VERSION_CHECK", "0")
    ours = suite_findings(corpus)
    tools = {"suite": ours, "bandit": bandit_findings(corpus, "low"),
             "bandit_medium": bandit_findings(corpus, "medium")}
    scores = {name: score(labels, flagged) for name, flagged in tools.items()}
    if not args.quiet:
        for rel, row in sorted(labels.items()):
            hit = ours.get(rel)
            if row["label"] == "insecure" and not hit:
                print(f"MISS  {rel}:{row['line']}  [{row['weakness']}] {row['note']}")
            elif row["label"] == "secure" and hit:
                print(f"FALSE {rel}  [{row['weakness']}] {', '.join(hit)}")
    counts = Counter(row["label"] for row in labels.values())
    print(f"{len(labels)} files: {counts['insecure']} insecure, {counts['secure']} secure near-misses")
    def pct(value: float | None) -> str:  # None: nothing to divide by (no insecure file, no finding)
        return "n/a" if value is None else f"{value:.1%}"

    for name, s in scores.items():
        print(f"{name:>14}: recall {pct(s['recall'])}  precision {pct(s['precision'])}  "
              f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    print(json.dumps({"bench": "scan_quality", "files": len(labels), **{
        f"{name}_{k}": s[k] for name, s in scores.items() for k in ("recall", "precision")}}))


if __name__ == "__main__":
    main()
