"""Selects finished sieves for the weekly AQL quality audit.

From every completed production run a random sample of sieves is pulled
for optical aperture measurement. Sample size follows a simplified
ISO 2859-1 general inspection level II table.
"""
import argparse
import csv
import random
import sys
from dataclasses import dataclass
from typing import List, Sequence

# (max lot size, sample size)
SAMPLE_TABLE = [(8, 2), (15, 3), (25, 5), (50, 8), (90, 13), (150, 20), (280, 32), (500, 50)]


@dataclass
class FinishedSieve:
    serial: str
    run_id: str
    nominal_aperture_um: int
    frame_diameter_mm: int


def sample_size(lot_size: int) -> int:
    for limit, n in SAMPLE_TABLE:
        if lot_size <= limit:
            return n
    return 80


def load_run(path: str) -> List[FinishedSieve]:
    with open(path, newline="") as fh:
        return [
            FinishedSieve(r["serial"], r["run_id"], int(r["aperture_um"]), int(r["frame_mm"]))
            for r in csv.DictReader(fh)
        ]


def pick_for_audit(lot: Sequence[FinishedSieve], rng: random.Random) -> List[FinishedSieve]:
    n = min(sample_size(len(lot)), len(lot))
    return sorted(rng.sample(list(lot), n), key=lambda s: s.serial)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Draw audit sample from a production run export")
    ap.add_argument("run_csv")
    ap.add_argument("--seed", type=int, help="reproduce a previous draw for the audit file")
    args = ap.parse_args(argv)
    lot = load_run(args.run_csv)
    if not lot:
        print("empty production run", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    writer = csv.writer(sys.stdout)
    writer.writerow(["serial", "run_id", "aperture_um", "frame_mm"])
    for s in pick_for_audit(lot, rng):
        writer.writerow([s.serial, s.run_id, s.nominal_aperture_um, s.frame_diameter_mm])
    return 0


if __name__ == "__main__":
    sys.exit(main())
