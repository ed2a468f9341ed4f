"""Loads per-depot configuration: sign-on points, traction knowledge and rest rules.

Depot managers maintain these YAML files in the rostering-config repository;
CI copies them to the rostering hosts on merge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:
    _Loader = yaml.SafeLoader


@dataclass
class DepotConfig:
    code: str
    name: str
    sign_on_points: list[str]
    traction: list[str] = field(default_factory=list)
    min_rest_hours: float = 12.0
    earliest_sign_on: time = time(3, 30)


def _parse_time(value) -> time:
    if isinstance(value, int):  # YAML 1.1 reads 03:30 as sexagesimal minutes
        return time(value // 60, value % 60)
    return time.fromisoformat(str(value))


def load_depot(path: Path) -> DepotConfig:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=_Loader)
    return DepotConfig(
        code=raw["code"],
        name=raw["name"],
        sign_on_points=list(raw.get("sign_on_points", [])),
        traction=list(raw.get("traction", [])),
        min_rest_hours=float(raw.get("min_rest_hours", 12)),
        earliest_sign_on=_parse_time(raw.get("earliest_sign_on", "03:30")),
    )


def load_all(config_dir: Path) -> dict[str, DepotConfig]:
    depots = (load_depot(p) for p in sorted(config_dir.glob("*.yaml")))
    return {d.code: d for d in depots}
