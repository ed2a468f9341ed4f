"""Imports zone definitions (speed limits, no-go areas, charging bays) that
site engineers export from the layout editor as YAML and upload to the console.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ZONE_KINDS = {"speed_limit", "no_go", "charging", "one_way"}


@dataclass
class Zone:
    name: str
    kind: str
    polygon: list[tuple[float, float]]
    speed_limit: float | None = None


def parse_zones(stream) -> list[Zone]:
    doc = yaml.load(stream, Loader=_Loader) or {}
    zones = []
    for entry in doc.get("zones", []):
        kind = entry.get("kind")
        if kind not in ZONE_KINDS:
            raise ValueError(f"zone {entry.get('name')!r}: unknown kind {kind!r}")
        polygon = [(float(x), float(y)) for x, y in entry["polygon"]]
        if len(polygon) < 3:
            raise ValueError(f"zone {entry['name']!r} needs at least 3 vertices")
        limit = entry.get("speed_limit")
        zones.append(Zone(str(entry["name"]), kind, polygon, float(limit) if limit is not None else None))
    return zones
