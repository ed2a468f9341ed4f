"""Quality-control sampling for mail-in sharpening batches.

A senior sharpener re-checks a random subset of blades from each
outgoing batch before it is packed for return shipping.
"""
import math
import random
from dataclasses import dataclass

from knifegrinder.db import session_scope
from knifegrinder.orders.models import Blade, QcCheck

DEFAULT_RATE = 0.15
MIN_SAMPLE = 2


@dataclass
class SamplePlan:
    batch_id: int
    blade_ids: list[int]
    rate: float


def sample_size(total: int, rate: float = DEFAULT_RATE) -> int:
    if total <= MIN_SAMPLE:
        return total
    return max(MIN_SAMPLE, math.ceil(total * rate))


def plan_batch(batch_id: int, rate: float = DEFAULT_RATE) -> SamplePlan:
    with session_scope() as session:
        ids = [b.id for b in session.query(Blade.id).filter(Blade.batch_id == batch_id)]
    chosen = random.sample(ids, sample_size(len(ids), rate))
    return SamplePlan(batch_id=batch_id, blade_ids=sorted(chosen), rate=rate)


def record_plan(plan: SamplePlan, inspector_id: int) -> int:
    with session_scope() as session:
        for blade_id in plan.blade_ids:
            session.add(QcCheck(blade_id=blade_id, batch_id=plan.batch_id, inspector_id=inspector_id))
        session.flush()
        return len(plan.blade_ids)


def escalate_if_failing(batch_id: int, threshold: float = 0.2) -> bool:
    with session_scope() as session:
        checks = session.query(QcCheck).filter_by(batch_id=batch_id).all()
        done = [c for c in checks if c.passed is not None]
        if not done:
            return False
        failure_rate = sum(1 for c in done if not c.passed) / len(done)
        return failure_rate >= threshold
