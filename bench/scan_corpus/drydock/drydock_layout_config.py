"""Loads the dock layout (docks, blocks, cranes) from the planners' YAML file."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml


@dataclass
class Dock:
    number: int
    length_m: float
    breadth_m: float
    max_lift_t: float
    cranes: list[str] = field(default_factory=list)


@dataclass
class YardLayout:
    site: str
    docks: dict[int, Dock]

    def fits(self, dock_no: int, loa_m: float, beam_m: float) -> bool:
        d = self.docks[dock_no]
        return loa_m <= d.length_m - 4 and beam_m <= d.breadth_m - 1


class LayoutLoader:
    parse: Callable[[Any], Any] = staticmethod(yaml.safe_load)

    def __init__(self, path: Path) -> None:
        self.path = path

    def _raw(self) -> dict[str, Any]:
        with self.path.open("r", encoding="utf-8") as fh:
            return self.parse(fh) or {}

    def load(self) -> YardLayout:
        raw = self._raw()
        docks = {
            int(d["number"]): Dock(
                number=int(d["number"]),
                length_m=float(d["length_m"]),
                breadth_m=float(d["breadth_m"]),
                max_lift_t=float(d.get("max_lift_t", 0)),
                cranes=list(d.get("cranes", [])),
            )
            for d in raw.get("docks", [])
        }
        return YardLayout(site=str(raw.get("site", "")), docks=docks)
