"""Loads depot layout files uploaded by fleet operators.

A depot file lists charging bays, their EVSE ids and power limits, and is
uploaded through the operator console as YAML.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO

import yaml


@dataclass
class Bay:
    bay_id: str
    evse_id: str
    max_kw: float


@dataclass
class DepotLayout:
    depot_id: str
    grid_limit_kw: float
    bays: list[Bay]


class DepotConfigError(ValueError):
    pass


def load_depot_layout(stream: IO[str]) -> DepotLayout:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "depot_id" not in doc:
        raise DepotConfigError("depot_id is required")
    bays = [
        Bay(bay_id=str(b["id"]), evse_id=str(b["evse_id"]), max_kw=float(b.get("max_kw", 22)))
        for b in doc.get("bays", [])
    ]
    total = sum(b.max_kw for b in bays)
    grid_limit = float(doc.get("grid_limit_kw", total))
    if grid_limit <= 0:
        raise DepotConfigError("grid_limit_kw must be positive")
    return DepotLayout(depot_id=str(doc["depot_id"]), grid_limit_kw=grid_limit, bays=bays)
