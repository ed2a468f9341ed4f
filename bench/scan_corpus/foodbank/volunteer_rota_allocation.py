"""Allocate oversubscribed volunteer shifts fairly and schedule reminders."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class Shift:
    shift_id: int
    starts_at: datetime
    capacity: int
    applicants: list[int] = field(default_factory=list)


@dataclass
class Allocation:
    shift_id: int
    confirmed: list[int]
    waitlist: list[int]
    confirm_links: dict[int, str]


def _fair_order(applicants: list[int], recent_counts: dict[int, int]) -> list[int]:
    pool = list(applicants)
    random.shuffle(pool)
    return sorted(pool, key=lambda vid: recent_counts.get(vid, 0))


def allocate(shift: Shift, recent_counts: dict[int, int]) -> Allocation:
    ordered = _fair_order(shift.applicants, recent_counts)
    confirmed = ordered[: shift.capacity]
    waitlist = ordered[shift.capacity :]
    links = {vid: secrets.token_urlsafe(24) for vid in confirmed}
    return Allocation(shift.shift_id, confirmed, waitlist, links)


def reminder_time(shift: Shift, lead_hours: int = 24, spread_minutes: int = 20) -> datetime:
    """Spread reminder SMS sends so the gateway is not hit all at once."""
    offset = timedelta(minutes=random.uniform(0, spread_minutes))
    return shift.starts_at - timedelta(hours=lead_hours) + offset


def allocate_week(shifts: list[Shift], recent_counts: dict[int, int]) -> list[Allocation]:
    results = []
    for shift in sorted(shifts, key=lambda s: s.starts_at):
        allocation = allocate(shift, recent_counts)
        for vid in allocation.confirmed:
            recent_counts[vid] = recent_counts.get(vid, 0) + 1
        results.append(allocation)
    return results
