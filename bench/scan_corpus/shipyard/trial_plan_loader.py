"""Load sea-trial programmes written by the trials engineer.

A programme is a YAML file listing the test items (speed/power runs,
crash stop, turning circles, zig-zag, anchor windlass) with their target
conditions. Files are uploaded through the trials web app.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:
    _Loader = yaml.SafeLoader

KNOWN_ITEMS = {"speed_power", "crash_stop", "turning_circle", "zigzag", "anchor", "endurance"}


@dataclass
class TrialItem:
    kind: str
    label: str
    engine_load_pct: float | None = None
    rudder_deg: float | None = None
    duration_min: int | None = None


@dataclass
class TrialProgramme:
    hull_no: str
    sea_area: str
    items: list[TrialItem] = field(default_factory=list)


def parse_programme(stream) -> TrialProgramme:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("programme must be a mapping")
    programme = TrialProgramme(hull_no=str(doc["hull"]), sea_area=str(doc.get("area", "")))
    for raw in doc.get("items", []):
        kind = raw.get("kind")
        if kind not in KNOWN_ITEMS:
            raise ValueError(f"unknown trial item {kind!r}")
        programme.items.append(
            TrialItem(
                kind=kind,
                label=str(raw.get("label", kind)),
                engine_load_pct=raw.get("mcr_pct"),
                rudder_deg=raw.get("rudder"),
                duration_min=raw.get("minutes"),
            )
        )
    return programme
