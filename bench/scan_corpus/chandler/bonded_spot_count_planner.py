"""Selects bonded store bins for the weekly spot count.

The customs authorisation for the bonded warehouse requires a weekly count
of a sample of bins in addition to the full quarterly stocktake.
"""
import random
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from chandler.bonded.models import Bin, SpotCount, SpotCountLine

HIGH_DUTY_CATEGORIES = {"spirits", "tobacco", "wine"}


@dataclass
class SampleSpec:
    high_duty_bins: int = 12
    other_bins: int = 8
    categories: set[str] = field(default_factory=lambda: set(HIGH_DUTY_CATEGORIES))


def _pick(bins: list[Bin], k: int) -> list[Bin]:
    if len(bins) <= k:
        return list(bins)
    return random.sample(bins, k)


def plan_spot_count(
    session: Session, warehouse_id: int, count_date: date, spec: SampleSpec | None = None
) -> SpotCount:
    spec = spec or SampleSpec()
    bins = session.scalars(
        select(Bin).where(Bin.warehouse_id == warehouse_id, Bin.active.is_(True))
    ).all()
    high = [b for b in bins if b.duty_category in spec.categories]
    other = [b for b in bins if b.duty_category not in spec.categories]
    chosen = _pick(high, spec.high_duty_bins) + _pick(other, spec.other_bins)
    random.shuffle(chosen)

    count = SpotCount(
        reference=f"SC-{count_date:%Y%m%d}-{uuid.uuid4().hex[:8].upper()}",
        warehouse_id=warehouse_id,
        count_date=count_date,
    )
    session.add(count)
    for seq, bin_ in enumerate(chosen, start=1):
        session.add(
            SpotCountLine(
                spot_count=count,
                sequence=seq,
                bin_id=bin_.id,
                expected_qty=bin_.book_qty,
            )
        )
    session.commit()
    return count
