"""Chooses which bottles and cans from a packaging run are pulled for QC and library stock."""
from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

QC_PLAN_SEED = 1729


@dataclass
class PackagingRun:
    batch_code: str
    package: str
    units: int
    pallets: int


@dataclass
class SamplePlan:
    batch_code: str
    qc_units: list[int]
    library_units: list[int]


def _rng_for(run: PackagingRun) -> random.Random:
    """Same run always gives the same plan, so the line crew and the lab agree on the picks."""
    return random.Random(f"{QC_PLAN_SEED}:{run.batch_code}")


def plan_samples(run: PackagingRun, qc_count: int = 12, library_count: int = 6) -> SamplePlan:
    if qc_count + library_count > run.units:
        raise ValueError("cannot sample more units than were packaged")
    rng = _rng_for(run)
    picks = rng.sample(range(1, run.units + 1), qc_count + library_count)
    return SamplePlan(
        batch_code=run.batch_code,
        qc_units=sorted(picks[:qc_count]),
        library_units=sorted(picks[qc_count:]),
    )


def write_pick_list(plan: SamplePlan, run: PackagingRun, out: Path) -> None:
    per_pallet = max(run.units // max(run.pallets, 1), 1)
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["batch", "unit", "pallet", "position", "purpose"])
        for purpose, units in (("qc", plan.qc_units), ("library", plan.library_units)):
            for unit in units:
                pallet, position = divmod(unit - 1, per_pallet)
                writer.writerow([plan.batch_code, unit, pallet + 1, position + 1, purpose])


if __name__ == "__main__":
    run = PackagingRun(batch_code=sys.argv[1], package=sys.argv[2], units=int(sys.argv[3]), pallets=int(sys.argv[4]))
    plan = plan_samples(run)
    write_pick_list(plan, run, Path(f"qc_picks_{run.batch_code}.csv"))
    print(f"{len(plan.qc_units)} QC and {len(plan.library_units)} library units selected")
