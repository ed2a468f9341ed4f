"""Loads the workshop's production settings from YAML.

Sizes, lead times, timber allowances per trug and the copper nail count
per size are edited by hand in ``workshop.yaml`` and read by the order
planner at start-up.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_PATH = Path(os.environ.get("TRUG_WORKSHOP_SETTINGS", "/etc/trug/workshop.yaml"))


@dataclass(frozen=True)
class TrugSize:
    name: str
    length_cm: int
    boards: int
    nails: int
    lead_days: int


@dataclass
class WorkshopSettings:
    sizes: dict[str, TrugSize] = field(default_factory=dict)
    daily_capacity: int = 12
    engraving_surcharge_pence: int = 1200
    closed_days: list[str] = field(default_factory=list)

    def lead_time(self, size: str, engraved: bool) -> int:
        base = self.sizes[size].lead_days
        return base + (2 if engraved else 0)


def _parse(doc: dict) -> WorkshopSettings:
    sizes = {
        name: TrugSize(
            name=name,
            length_cm=int(spec["length_cm"]),
            boards=int(spec["boards"]),
            nails=int(spec["nails"]),
            lead_days=int(spec.get("lead_days", 7)),
        )
        for name, spec in (doc.get("sizes") or {}).items()
    }
    return WorkshopSettings(
        sizes=sizes,
        daily_capacity=int(doc.get("daily_capacity", 12)),
        engraving_surcharge_pence=int(doc.get("engraving_surcharge_pence", 1200)),
        closed_days=[str(d) for d in doc.get("closed_days", [])],
    )


def load_settings(path: Path = DEFAULT_PATH) -> WorkshopSettings:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    if not isinstance(doc, dict):
        raise ValueError(f"{path} must contain a mapping")
    return _parse(doc)
