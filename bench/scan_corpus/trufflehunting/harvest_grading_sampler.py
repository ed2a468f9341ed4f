"""Quality-control sampling of graded truffle lots.

Each week the head grader re-inspects a random sample of lots graded by every
clerk to keep grading consistent.  The sample is reproducible: the seed is
stored with the audit so a second grader can draw the same lots.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlite3


@dataclass(frozen=True)
class GradedLot:
    lot_code: str
    grade: str
    grams: float
    graded_by: str


@dataclass
class AuditPlan:
    week_start: date
    seed: int
    lots: list[GradedLot]


def load_week(db_path: str, week_start: date) -> list[GradedLot]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT lot_code, grade, grams, graded_by FROM graded_lots "
            "WHERE graded_at >= ? AND graded_at < date(?, '+7 days') ORDER BY lot_code",
            (week_start.isoformat(), week_start.isoformat()),
        ).fetchall()
    return [GradedLot(*r) for r in rows]


def draw_audit_sample(
    lots: list[GradedLot], week_start: date, per_clerk: int = 3, seed: int | None = None
) -> AuditPlan:
    seed = seed if seed is not None else week_start.toordinal()
    rng = random.Random(seed)
    by_clerk: dict[str, list[GradedLot]] = defaultdict(list)
    for lot in lots:
        by_clerk[lot.graded_by].append(lot)

    chosen: list[GradedLot] = []
    for clerk in sorted(by_clerk):
        pool = by_clerk[clerk]
        chosen.extend(rng.sample(pool, k=min(per_clerk, len(pool))))
    return AuditPlan(week_start=week_start, seed=seed, lots=chosen)


def save_plan(db_path: str, plan: AuditPlan) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO grading_audits (week_start, seed) VALUES (?, ?)",
            (plan.week_start.isoformat(), plan.seed),
        )
        conn.executemany(
            "INSERT INTO grading_audit_lots (week_start, lot_code) VALUES (?, ?)",
            [(plan.week_start.isoformat(), lot.lot_code) for lot in plan.lots],
        )
