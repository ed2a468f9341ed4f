"""Pick sheep for faecal egg count (FEC) sampling before drenching.

Best practice is to sample 10-20 animals at random from each mob, and to
repeat the test 10-14 days after drenching to check the drench worked.
The selection is saved so the same animals can be re-sampled.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

DEFAULT_SAMPLE = 15


@dataclass
class FecSelection:
    mob_id: int
    taken_on: date
    eids: list[str] = field(default_factory=list)


class FecSampler:
    def __init__(self, session: Session, rng: random.Random | None = None):
        self._session = session
        self._rng = rng or random.Random()

    def _mob_eids(self, mob_id: int) -> list[str]:
        rows = self._session.execute(
            sa.text("SELECT eid FROM sheep WHERE mob_id = :m AND status = 'alive'"),
            {"m": mob_id},
        )
        return [r.eid for r in rows]

    def choose(self, mob_id: int, size: int = DEFAULT_SAMPLE) -> FecSelection:
        eids = self._mob_eids(mob_id)
        if not eids:
            raise ValueError(f"mob {mob_id} has no live sheep")
        picked = self._rng.sample(eids, k=min(size, len(eids)))
        return FecSelection(mob_id=mob_id, taken_on=date.today(), eids=sorted(picked))

    def save(self, sel: FecSelection) -> int:
        result = self._session.execute(
            sa.text(
                "INSERT INTO fec_samples (mob_id, taken_on) VALUES (:m, :d) RETURNING id"
            ),
            {"m": sel.mob_id, "d": sel.taken_on},
        )
        sample_id = result.scalar_one()
        self._session.execute(
            sa.text("INSERT INTO fec_sample_animals (sample_id, eid) VALUES (:s, :e)"),
            [{"s": sample_id, "e": e} for e in sel.eids],
        )
        self._session.commit()
        return sample_id


def yard_sheet(sel: FecSelection, visual_lookup: dict[str, str]) -> Sequence[str]:
    lines = [f"FEC sample - mob {sel.mob_id} - {sel.taken_on:%d/%m/%Y}"]
    for i, eid in enumerate(sel.eids, start=1):
        lines.append(f"{i:>2}. {visual_lookup.get(eid, '?'):>8}  {eid}")
    return lines
