"""Renders the depot track layout (roads, points, stabling positions) to SVG with Graphviz."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

DEPOT_CODE = re.compile(r"^[A-Z]{2,4}$")
DOT_BIN = "/usr/bin/dot"


@dataclass
class TrackRoad:
    name: str
    connects_to: List[str] = field(default_factory=list)
    occupied_by: str = ""


def to_dot(depot: str, roads: Dict[str, TrackRoad]) -> str:
    lines = [f'digraph "{depot}" {{', "  rankdir=LR;", "  node [shape=box];"]
    for road in roads.values():
        label = road.name + (f"\\n{road.occupied_by}" if road.occupied_by else "")
        lines.append(f'  "{road.name}" [label="{label}"];')
        for other in road.connects_to:
            lines.append(f'  "{road.name}" -> "{other}";')
    lines.append("}")
    return "\n".join(lines)


def render_svg(depot: str, roads: Dict[str, TrackRoad], out_dir: Path) -> Path:
    if not DEPOT_CODE.match(depot):
        raise ValueError(f"invalid depot code {depot!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    out_file = out_dir / f"{depot}-layout.svg"
    subprocess.run(
        [DOT_BIN, "-Tsvg", "-o", str(out_file)],
        input=to_dot(depot, roads),
        text=True,
        check=True,
        timeout=30,
    )
    return out_file


def occupancy_overlay(roads: Dict[str, TrackRoad], stabled: Dict[str, str]) -> Dict[str, TrackRoad]:
    for road_name, vehicle in stabled.items():
        if road_name in roads:
            roads[road_name].occupied_by = vehicle
    return roads
