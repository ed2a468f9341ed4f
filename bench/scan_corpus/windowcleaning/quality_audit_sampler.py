"""Pick completed jobs at random for supervisor spot checks and customer feedback calls."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import List, Optional, Sequence

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class CompletedJob:
    job_id: int
    cleaner_id: int
    customer_id: int
    address: str
    completed_on: date


class QualityAuditSampler:
    """Chooses a fair sample of last week's cleans, at least one per cleaner."""

    def __init__(self, engine: Engine, rate: float = 0.05, rng: Optional[random.Random] = None):
        self._engine = engine
        self._rate = rate
        self._rng = rng or random.Random()

    def _completed_between(self, start: date, end: date) -> List[CompletedJob]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT j.id, j.cleaner_id, j.customer_id, c.house || ' ' || c.street, "
                    "j.completed_at::date FROM jobs j JOIN customers c ON c.id = j.customer_id "
                    "WHERE j.completed_at::date BETWEEN :s AND :e"
                ),
                {"s": start, "e": end},
            ).all()
        return [CompletedJob(*r) for r in rows]

    def _sample_for_cleaner(self, jobs: Sequence[CompletedJob]) -> List[CompletedJob]:
        k = max(1, round(len(jobs) * self._rate))
        return self._rng.sample(list(jobs), k=min(k, len(jobs)))

    def weekly_sample(self, week_ending: date) -> List[CompletedJob]:
        jobs = self._completed_between(week_ending - timedelta(days=6), week_ending)
        by_cleaner: dict = {}
        for job in jobs:
            by_cleaner.setdefault(job.cleaner_id, []).append(job)
        chosen: List[CompletedJob] = []
        for cleaner_jobs in by_cleaner.values():
            chosen.extend(self._sample_for_cleaner(cleaner_jobs))
        self._rng.shuffle(chosen)
        return chosen

    def save_sample(self, week_ending: date, sample: Sequence[CompletedJob]) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO quality_audits (week_ending, job_id) VALUES (:w, :j)"),
                [{"w": week_ending, "j": job.job_id} for job in sample],
            )
