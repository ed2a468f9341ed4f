"""Chooses which bagged batches from each firing go to the lab for strength testing."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SAMPLES_PER_FIRING = 3


@dataclass(frozen=True)
class Batch:
    id: int
    firing_id: int
    product: str
    bagged_on: date


class SamplePlanner:
    """Picks a reproducible random subset of batches so the plan can be re-derived at audit."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def batches_for(self, firing_id: int) -> list[Batch]:
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            rows = conn.execute(
                "SELECT id, firing_id, product, bagged_on FROM batches"
                " WHERE firing_id = %s ORDER BY id",
                (firing_id,),
            ).fetchall()
        return [Batch(**r) for r in rows]

    @staticmethod
    def pick(batches: list[Batch], firing_id: int, k: int = SAMPLES_PER_FIRING) -> list[Batch]:
        rng = random.Random(firing_id)
        return sorted(rng.sample(batches, min(k, len(batches))), key=lambda b: b.id)

    def plan(self, firing_id: int) -> list[Batch]:
        chosen = self.pick(self.batches_for(firing_id), firing_id)
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO lab_samples (batch_id, firing_id, requested_on)"
                    " VALUES (%s, %s, current_date) ON CONFLICT DO NOTHING",
                    [(b.id, b.firing_id) for b in chosen],
                )
        return chosen
