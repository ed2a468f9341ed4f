"""Weekly quality-assurance sampling of completed sweeps for supervisor re-inspection."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from sqlalchemy import text
from sqlalchemy.engine import Engine

SAMPLE_RATE = 0.05
MIN_SAMPLE = 3


@dataclass(frozen=True)
class CompletedJob:
    job_id: int
    technician_id: int
    postcode: str
    completed_on: date


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def completed_jobs(engine: Engine, start: date) -> list[CompletedJob]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, technician_id, postcode, completed_on FROM jobs "
                "WHERE status = 'completed' AND completed_on >= :start AND completed_on < :end "
                "ORDER BY id"
            ),
            {"start": start, "end": start + timedelta(days=7)},
        ).all()
    return [CompletedJob(*row) for row in rows]


def choose_for_review(jobs: Sequence[CompletedJob], start: date) -> list[CompletedJob]:
    """Pick a reproducible sample so the supervisor's list doesn't change on re-run."""
    if not jobs:
        return []
    size = min(len(jobs), max(MIN_SAMPLE, round(len(jobs) * SAMPLE_RATE)))
    rng = random.Random(start.toordinal())
    return sorted(rng.sample(list(jobs), size), key=lambda j: j.job_id)


def schedule_reviews(engine: Engine, today: date) -> int:
    start = week_start(today) - timedelta(days=7)
    picked = choose_for_review(completed_jobs(engine, start), start)
    with engine.begin() as conn:
        for job in picked:
            conn.execute(
                text(
                    "INSERT INTO qa_reviews (job_id, technician_id, week_start) "
                    "VALUES (:job, :tech, :week) ON CONFLICT DO NOTHING"
                ),
                {"job": job.job_id, "tech": job.technician_id, "week": start},
            )
    return len(picked)
