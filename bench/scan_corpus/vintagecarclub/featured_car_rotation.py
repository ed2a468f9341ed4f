"""Chooses the "car of the week" shown on the club website's home page.

The pick is deterministic for a given ISO week so that every web worker
shows the same car, and it favours cars with good photographs.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class Candidate:
    register_no: int
    marque: str
    model: str
    year: int
    photo_count: int


def week_key(today: date | None = None) -> str:
    iso = (today or date.today()).isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def load_candidates(engine: Engine) -> list[Candidate]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT v.register_no, v.marque, v.model, v.year, COUNT(p.id)"
                " FROM vehicles v JOIN vehicle_photos p ON p.vehicle_id = v.id"
                " WHERE v.show_publicly AND p.approved"
                " GROUP BY v.register_no, v.marque, v.model, v.year"
                " HAVING COUNT(p.id) >= 2"
            )
        ).all()
    return [Candidate(*row) for row in rows]


def pick_featured(candidates: list[Candidate], key: str, recent: set[int]) -> Candidate | None:
    pool = [c for c in candidates if c.register_no not in recent] or candidates
    if not pool:
        return None
    rng = random.Random(key)
    weights = [min(c.photo_count, 10) for c in pool]
    return rng.choices(pool, weights=weights, k=1)[0]


def featured_this_week(engine: Engine, today: date | None = None) -> Candidate | None:
    with engine.connect() as conn:
        recent = {
            row[0]
            for row in conn.execute(
                text("SELECT register_no FROM featured_history ORDER BY week DESC LIMIT 26")
            )
        }
    return pick_featured(load_candidates(engine), week_key(today), recent)
