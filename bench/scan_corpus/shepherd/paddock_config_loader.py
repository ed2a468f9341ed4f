"""Loads the paddock layout and grazing rotation settings.

The farm manager keeps paddock areas, water points and rest periods in a
YAML file under version control; the rotation planner reads it at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from shepherd.settings import settings


@dataclass
class Paddock:
    name: str
    hectares: float
    aspect: str
    water: bool = True
    rest_days: int = 30
    neighbours: list[str] = field(default_factory=list)


@dataclass
class GrazingPlan:
    season: str
    stocking_rate: float
    paddocks: dict[str, Paddock]


def _read_yaml(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not contain a mapping")
    return data


def load_plan(path: Path | None = None) -> GrazingPlan:
    path = path or Path(settings.paddock_config)
    data = _read_yaml(path)
    paddocks = {}
    for name, spec in data.get("paddocks", {}).items():
        paddocks[name] = Paddock(
            name=name,
            hectares=float(spec["hectares"]),
            aspect=spec.get("aspect", "flat"),
            water=bool(spec.get("water", True)),
            rest_days=int(spec.get("rest_days", data.get("default_rest_days", 30))),
            neighbours=list(spec.get("neighbours", [])),
        )
    return GrazingPlan(
        season=str(data["season"]),
        stocking_rate=float(data["stocking_rate"]),
        paddocks=paddocks,
    )
