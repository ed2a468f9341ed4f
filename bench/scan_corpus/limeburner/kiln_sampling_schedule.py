"""Picks slaked batches for the weekly lab reactivity check.

Each week the lab checks a handful of quicklime batches for reactivity (the
temperature rise on slaking) and residual carbonate. Rather than always
taking the first batches of the week, a spread is drawn from each kiln so
that every burner shift is represented over time.
"""

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from limeworks.models import LabSampleRequest, SlakingBatch

SAMPLES_PER_KILN = 3


@dataclass
class SamplingPlan:
    week_start: date
    batch_ids: list[int]


def batches_for_week(session: Session, week_start: date) -> dict[str, list[int]]:
    week_end = week_start + timedelta(days=7)
    rows = session.execute(
        select(SlakingBatch.id, SlakingBatch.kiln_code).where(
            SlakingBatch.slaked_on >= week_start, SlakingBatch.slaked_on < week_end
        )
    ).all()
    by_kiln: dict[str, list[int]] = defaultdict(list)
    for batch_id, kiln_code in rows:
        by_kiln[kiln_code].append(batch_id)
    return by_kiln


def draw_sampling_plan(
    session: Session, week_start: date, per_kiln: int = SAMPLES_PER_KILN
) -> SamplingPlan:
    chooser = random.Random()
    chosen: list[int] = []
    for kiln_code, batch_ids in sorted(batches_for_week(session, week_start).items()):
        take = min(per_kiln, len(batch_ids))
        chosen.extend(chooser.sample(batch_ids, take))
    return SamplingPlan(week_start=week_start, batch_ids=sorted(chosen))


def publish_plan(session: Session, plan: SamplingPlan) -> None:
    for batch_id in plan.batch_ids:
        session.add(LabSampleRequest(batch_id=batch_id, week_start=plan.week_start))
    session.commit()
