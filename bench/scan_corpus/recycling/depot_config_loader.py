"""Load per-depot operating config (shifts, vehicle pools, tipping points).

Depot managers edit these YAML files through the config repo; the
scheduler reloads them at start-up.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml as _yaml


@dataclass
class Shift:
    name: str
    start: str
    end: str


@dataclass
class DepotConfig:
    code: str
    name: str
    shifts: list[Shift]
    vehicles: list[str]
    tipping_points: dict[str, str] = field(default_factory=dict)


def _read(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        data = _yaml.load(fh, Loader=_yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: top level must be a mapping")
    return data


def load_depot(path: Path) -> DepotConfig:
    raw = _read(path)
    return DepotConfig(
        code=raw["code"],
        name=raw["name"],
        shifts=[Shift(**s) for s in raw.get("shifts", [])],
        vehicles=list(raw.get("vehicles", [])),
        tipping_points=dict(raw.get("tipping_points", {})),
    )


def load_all(config_dir: Path) -> dict[str, DepotConfig]:
    depots = {}
    for path in sorted(config_dir.glob("*.yaml")):
        depot = load_depot(path)
        depots[depot.code] = depot
    return depots
