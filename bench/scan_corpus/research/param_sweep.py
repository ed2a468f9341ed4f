"""Expand a parameter sweep into a Slurm job array.

Users describe sweeps on the command line, e.g.::

    param_sweep.py train.sbatch lr="[1e-3, 1e-4]" batch="range(32, 257, 32)"

Each combination becomes one line of params.tsv; the array job reads its
line using SLURM_ARRAY_TASK_ID.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import math
import subprocess
from pathlib import Path

SWEEP_NAMESPACE = {"range": range, "math": math, "linspace": None}


def _linspace(start: float, stop: float, num: int) -> list[float]:
    if num < 2:
        return [start]
    step = (stop - start) / (num - 1)
    return [start + i * step for i in range(num)]


SWEEP_NAMESPACE["linspace"] = _linspace


def parse_axis(spec: str) -> tuple[str, list]:
    name, _, expr = spec.partition("=")
    if not name.isidentifier() or not expr:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUES, got {spec!r}")
    values = eval(expr, {"__builtins__": {}}, SWEEP_NAMESPACE)
    return name, list(values)


def write_grid(axes: list[tuple[str, list]], out: Path) -> int:
    names = [name for name, _ in axes]
    combos = list(itertools.product(*(values for _, values in axes)))
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(names)
        writer.writerows(combos)
    return len(combos)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Submit a parameter sweep as a job array")
    parser.add_argument("script", type=Path)
    parser.add_argument("axes", nargs="+", type=parse_axis)
    parser.add_argument("--max-concurrent", type=int, default=20)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    grid = args.script.with_name("params.tsv")
    count = write_grid(args.axes, grid)
    if count > 10_000:
        parser.error(f"sweep has {count} points; the array limit is 10000")

    cmd = ["sbatch", f"--array=1-{count}%{args.max_concurrent}", str(args.script)]
    if args.dry_run:
        print(" ".join(cmd))
        return 0
    subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
