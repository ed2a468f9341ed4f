"""Picks which sheets of a press run get pulled for colour QC.

Operators pull the chosen sheet numbers off the delivery and measure them on
the spectro; the QC tablet app and the press console must agree on the list,
so the selection is reproducible from the job id.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field

SAMPLES_PER_1000 = 3
MIN_SAMPLES = 2


@dataclass
class QcPlan:
    job_id: int
    run_length: int
    sheets: list[int]
    plan_ref: str = field(default_factory=lambda: secrets.token_hex(4).upper())


def sample_sheets(job_id: int, run_length: int) -> QcPlan:
    if run_length <= 0:
        raise ValueError("run length must be positive")
    wanted = max(MIN_SAMPLES, run_length * SAMPLES_PER_1000 // 1000)
    wanted = min(wanted, run_length)

    rng = random.Random(job_id)
    # skip make-ready waste at the start of the run
    start = min(50, run_length - wanted)
    picked = sorted(rng.sample(range(start + 1, run_length + 1), wanted))
    return QcPlan(job_id=job_id, run_length=run_length, sheets=picked)


def format_for_console(plan: QcPlan) -> str:
    return f"QC {plan.plan_ref} job {plan.job_id}: pull sheets " + ", ".join(map(str, plan.sheets))
