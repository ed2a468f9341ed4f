#!/usr/bin/env python3
"""Pull a diagnostics snapshot from a vehicle via the workshop gateway tool.

Usage: vehicle-diag VIN [--module ECU] [--out DIR]

Wraps the vendor's ``tcu-diag`` binary, which must be on PATH on the workshop
laptops.
"""
import argparse
import logging
import re
import shlex
import subprocess
import sys
from pathlib import Path

VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
MODULES = ("engine", "bms", "body", "tcu", "abs")

log = logging.getLogger("vehicle-diag")


def run_diag(vin: str, module: str, out_dir: Path, timeout: int = 120) -> Path:
    if not VIN_RE.match(vin):
        raise ValueError(f"not a valid VIN: {vin!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    out_file = out_dir / f"{vin}_{module}.json"
    argv = ["tcu-diag", "snapshot", "--vin", vin, "--module", module, "--format", "json", "--output", str(out_file)]
    log.info("running %s", shlex.join(argv))
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"tcu-diag exited {proc.returncode}: {proc.stderr.strip()}")
    return out_file


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    p = argparse.ArgumentParser(prog="vehicle-diag")
    p.add_argument("vin", type=str.upper)
    p.add_argument("--module", choices=MODULES, default="tcu")
    p.add_argument("--out", type=Path, default=Path.cwd() / "diag")
    args = p.parse_args(argv)
    try:
        path = run_diag(args.vin, args.module, args.out)
    except (ValueError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
