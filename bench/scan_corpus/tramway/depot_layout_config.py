"""Reads depot layout configuration maintained by the infrastructure team in YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass
class StablingRoad:
    name: str
    length_m: float
    electrified: bool = True
    max_vehicles: int = 2


@dataclass
class DepotLayout:
    code: str
    name: str
    roads: List[StablingRoad] = field(default_factory=list)
    wash_roads: List[str] = field(default_factory=list)

    def capacity(self) -> int:
        return sum(r.max_vehicles for r in self.roads)

    def by_name(self) -> Dict[str, StablingRoad]:
        return {r.name: r for r in self.roads}


def parse_layout(text: str) -> DepotLayout:
    doc = yaml.safe_load(text) or {}
    roads = [
        StablingRoad(
            name=str(r["name"]),
            length_m=float(r["length_m"]),
            electrified=bool(r.get("electrified", True)),
            max_vehicles=int(r.get("max_vehicles", 2)),
        )
        for r in doc.get("roads", [])
    ]
    return DepotLayout(
        code=str(doc["code"]),
        name=str(doc.get("name", doc["code"])),
        roads=roads,
        wash_roads=[str(w) for w in doc.get("wash_roads", [])],
    )


def load_all(config_dir: Path) -> Dict[str, DepotLayout]:
    layouts = {}
    for path in sorted(config_dir.glob("*.yaml")):
        layout = parse_layout(path.read_text(encoding="utf-8"))
        layouts[layout.code] = layout
    return layouts
