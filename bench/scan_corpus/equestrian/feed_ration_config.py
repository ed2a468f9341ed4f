"""Loads per-horse feed ration sheets maintained by the yard manager.

Ration sheets are YAML files edited in the office and uploaded through the
admin page; they drive the printed feed charts in the feed room.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

import yaml

ALLOWED_UNITS = {"scoop", "kg", "g", "flake", "mug"}


@dataclass
class FeedItem:
    product: str
    amount: float
    unit: str


@dataclass
class Ration:
    horse: str
    morning: List[FeedItem] = field(default_factory=list)
    evening: List[FeedItem] = field(default_factory=list)
    supplements: List[str] = field(default_factory=list)


def _items(raw: List[Dict]) -> List[FeedItem]:
    items = []
    for entry in raw or []:
        unit = str(entry.get("unit", "scoop"))
        if unit not in ALLOWED_UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        items.append(FeedItem(str(entry["product"]), float(entry["amount"]), unit))
    return items


def parse_ration_sheet(text: str) -> List[Ration]:
    document = yaml.safe_load(text) or {}
    rations = []
    for horse, plan in document.get("horses", {}).items():
        rations.append(
            Ration(
                horse=str(horse),
                morning=_items(plan.get("morning")),
                evening=_items(plan.get("evening")),
                supplements=[str(s) for s in plan.get("supplements", [])],
            )
        )
    return rations


def feed_chart(rations: List[Ration]) -> str:
    lines = []
    for ration in sorted(rations, key=lambda r: r.horse):
        am = ", ".join(f"{i.amount:g} {i.unit} {i.product}" for i in ration.morning)
        pm = ", ".join(f"{i.amount:g} {i.unit} {i.product}" for i in ration.evening)
        lines.append(f"{ration.horse}: AM {am or '-'} | PM {pm or '-'}")
    return "\n".join(lines)
