"""Picks candles from each poured batch for burn-time and wick-centring tests."""
import random
from dataclasses import dataclass, field
from datetime import date

from tallow.config import settings
from tallow.db import get_connection


@dataclass
class SamplingPlan:
    batch_code: str
    pour_date: date
    unit_count: int
    sample_size: int = 0
    chosen: list[int] = field(default_factory=list)


def sample_size_for(unit_count: int) -> int:
    rate = settings.QC_SAMPLE_RATE
    return max(3, min(40, round(unit_count * rate)))


def build_plan(batch_code: str, pour_date: date, unit_count: int) -> SamplingPlan:
    plan = SamplingPlan(batch_code, pour_date, unit_count)
    plan.sample_size = sample_size_for(unit_count)
    plan.chosen = sorted(random.sample(range(1, unit_count + 1), plan.sample_size))
    return plan


def save_plan(plan: SamplingPlan) -> None:
    with get_connection() as conn:
        conn.executemany(
            "INSERT INTO qc_samples (batch_code, pour_date, unit_no, status) VALUES (?, ?, ?, 'pending')",
            [(plan.batch_code, plan.pour_date.isoformat(), n) for n in plan.chosen],
        )


def plan_todays_batches(today: date) -> list[SamplingPlan]:
    with get_connection() as conn:
        rows = conn.execute(
            "SELECT batch_code, unit_count FROM batches WHERE pour_date = ? AND qc_planned = 0",
            (today.isoformat(),),
        ).fetchall()
    plans = []
    for batch_code, unit_count in rows:
        plan = build_plan(batch_code, today, unit_count)
        save_plan(plan)
        plans.append(plan)
    return plans
