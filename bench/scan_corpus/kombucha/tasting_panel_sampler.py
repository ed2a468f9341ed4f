"""Picks batches for the weekly blind tasting panel.

Quality control tastes a random sample of the week's finished batches,
weighted towards flavors that had complaints, and shuffles the pour order
so tasters don't know which tank a glass came from.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class FinishedBatch:
    batch_code: str
    flavor: str
    tank: str
    finished_on: date


class TastingPanelSampler:
    def __init__(self, engine: Engine, sample_size: int = 6, rng: random.Random | None = None):
        self.engine = engine
        self.sample_size = sample_size
        self.rng = rng or random.Random()

    def finished_this_week(self, today: date) -> list[FinishedBatch]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT batch_code, flavor, tank, finished_on FROM batches"
                     " WHERE finished_on >= :since AND finished_on <= :today"),
                {"since": today - timedelta(days=7), "today": today},
            ).all()
        return [FinishedBatch(*r) for r in rows]

    def complaint_weights(self, flavors: set[str]) -> dict[str, float]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT flavor, COUNT(*) FROM complaints"
                     " WHERE received_on >= CURRENT_DATE - 30 GROUP BY flavor"),
            ).all()
        counts = dict(rows)
        return {f: 1.0 + counts.get(f, 0) for f in flavors}

    def pick(self, today: date) -> list[FinishedBatch]:
        batches = self.finished_this_week(today)
        if len(batches) <= self.sample_size:
            chosen = list(batches)
        else:
            weights = self.complaint_weights({b.flavor for b in batches})
            pool = list(batches)
            chosen = []
            while len(chosen) < self.sample_size:
                pick = self.rng.choices(pool, weights=[weights[b.flavor] for b in pool], k=1)[0]
                pool.remove(pick)
                chosen.append(pick)
        self.rng.shuffle(chosen)
        return chosen


def pour_sheet(batches: list[FinishedBatch]) -> list[str]:
    return [f"Glass {i}: {b.batch_code}" for i, b in enumerate(batches, start=1)]
