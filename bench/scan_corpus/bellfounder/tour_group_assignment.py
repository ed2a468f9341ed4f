"""Splits the day's checked-in visitors into guided groups for the foundry floor."""

import random
import secrets
from dataclasses import dataclass, field

from bellfounder.settings import settings


@dataclass
class TourGroup:
    guide: str
    visitors: list[str] = field(default_factory=list)
    wristband_code: str = ""


def _balanced_groups(visitors: list[str], guides: list[str], cap: int) -> list[TourGroup]:
    groups = [TourGroup(guide=g) for g in guides]
    for i, visitor in enumerate(visitors):
        group = groups[i % len(groups)]
        if len(group.visitors) >= cap:
            raise ValueError("Not enough guides for today's visitors")
        group.visitors.append(visitor)
    return groups


def assign_groups(visitors: list[str], guides: list[str]) -> list[TourGroup]:
    if not guides:
        raise ValueError("At least one guide is required")
    order = list(visitors)
    random.shuffle(order)
    groups = _balanced_groups(order, guides, settings.TOUR_GROUP_CAP)
    for group in groups:
        group.wristband_code = secrets.token_hex(4).upper()
    return groups


def printable_roster(groups: list[TourGroup]) -> str:
    lines = []
    for number, group in enumerate(groups, start=1):
        lines.append(f"Group {number} - guide {group.guide} - band {group.wristband_code}")
        lines.extend(f"    {name}" for name in sorted(group.visitors))
    return "\n".join(lines)
