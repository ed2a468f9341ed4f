"""Selection of finished brushes for tuft pull-out testing.

Every production batch gets a sample pulled from the packing conveyor for
destructive tuft-retention testing per the customer's quality plan.
"""
import math
import random
from dataclasses import dataclass, field

from brushworks.db import get_conn

AQL_SAMPLE_RATE = 0.02
MIN_SAMPLE = 3
MAX_SAMPLE = 32


@dataclass
class SamplePlan:
    batch_no: str
    serials: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.serials)


def sample_size(batch_qty: int) -> int:
    n = math.ceil(batch_qty * AQL_SAMPLE_RATE)
    return max(MIN_SAMPLE, min(MAX_SAMPLE, n, batch_qty))


def pick_units(batch_no: str) -> SamplePlan:
    with get_conn() as conn:
        serials = [r[0] for r in conn.execute(
            "SELECT unit_serial FROM packed_units WHERE batch_no = %s ORDER BY packed_at",
            (batch_no,),
        )]
    if not serials:
        return SamplePlan(batch_no=batch_no)
    chosen = random.sample(serials, sample_size(len(serials)))
    return SamplePlan(batch_no=batch_no, serials=sorted(chosen))


def record_plan(plan: SamplePlan, inspector_id: int) -> None:
    with get_conn() as conn:
        for serial in plan.serials:
            conn.execute(
                "INSERT INTO qc_pull_tests (batch_no, unit_serial, inspector_id, status) "
                "VALUES (%s, %s, %s, 'pending')",
                (plan.batch_no, serial, inspector_id),
            )
