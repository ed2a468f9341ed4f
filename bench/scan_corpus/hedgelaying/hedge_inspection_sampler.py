"""Picks completed hedgelaying jobs for quality inspection.

The contractor's quality scheme asks for a sample of finished hedges to
be walked by the senior layer each month: pleacher angle, stake spacing,
binding and brash clearance. The sample is drawn at random but must be
reproducible so the auditor can re-derive it from the month.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

SAMPLE_FRACTION = 0.15
MINIMUM_SAMPLE = 3


@dataclass(frozen=True)
class CompletedJob:
    id: int
    farm: str
    foreman: str
    metres: float


def completed_jobs(engine: Engine, month_start: date, month_end: date) -> list[CompletedJob]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, farm, foreman, metres FROM job_sheets "
                "WHERE status = 'signed_off' AND completed_on BETWEEN :a AND :b ORDER BY id"
            ),
            {"a": month_start, "b": month_end},
        ).all()
    return [CompletedJob(*row) for row in rows]


def inspection_sample(jobs: list[CompletedJob], month_start: date) -> list[CompletedJob]:
    if len(jobs) <= MINIMUM_SAMPLE:
        return list(jobs)
    size = max(MINIMUM_SAMPLE, round(len(jobs) * SAMPLE_FRACTION))
    rng = random.Random(month_start.strftime("%Y-%m"))
    return sorted(rng.sample(jobs, size), key=lambda j: j.id)


def print_inspection_list(engine: Engine, month_start: date, month_end: date) -> None:
    sample = inspection_sample(completed_jobs(engine, month_start, month_end), month_start)
    print(f"Inspection sample for {month_start:%B %Y}: {len(sample)} jobs")
    for job in sample:
        print(f"  #{job.id:<6} {job.farm:<30} {job.foreman:<15} {job.metres:>7.1f} m")
