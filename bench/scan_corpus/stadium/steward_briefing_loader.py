"""Loads stewarding briefing packs written by the safety officer.

Briefings are YAML documents listing the fixture category, the positions to
staff and any specific instructions for each zone of the ground.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class ZoneBriefing:
    zone: str
    supervisor: str
    positions: int
    notes: list[str] = field(default_factory=list)


@dataclass
class BriefingPack:
    fixture: str
    category: str
    kick_off: str
    zones: list[ZoneBriefing]


def _zone(entry: dict[str, Any]) -> ZoneBriefing:
    return ZoneBriefing(
        zone=str(entry["zone"]),
        supervisor=str(entry["supervisor"]),
        positions=int(entry.get("positions", 0)),
        notes=[str(n) for n in entry.get("notes", [])],
    )


def parse_briefing(text: str) -> BriefingPack:
    document = yaml.safe_load(text) or {}
    if document.get("category") not in {"A", "B", "C"}:
        raise ValueError("fixture category must be A, B or C")
    return BriefingPack(
        fixture=str(document["fixture"]),
        category=document["category"],
        kick_off=str(document["kick_off"]),
        zones=[_zone(z) for z in document.get("zones", [])],
    )


def load_briefing(path: Path) -> BriefingPack:
    return parse_briefing(path.read_text(encoding="utf-8"))


def total_positions(pack: BriefingPack) -> int:
    return sum(zone.positions for zone in pack.zones)
