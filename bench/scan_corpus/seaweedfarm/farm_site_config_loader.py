"""Loads the farm site layout from the YAML file kept in the ops repo.

The layout lists farm blocks, their longlines, anchor positions and the
sensor buoys attached to each line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class Longline:
    code: str
    length_m: int
    anchor_a: tuple[float, float]
    anchor_b: tuple[float, float]
    buoys: list[str] = field(default_factory=list)


@dataclass
class FarmBlock:
    code: str
    lease_ref: str
    longlines: list[Longline] = field(default_factory=list)


class SiteLayoutLoader:
    reader = staticmethod(yaml.safe_load)

    def __init__(self, path: Path) -> None:
        self._path = path

    def _raw(self) -> dict[str, Any]:
        with self._path.open("r", encoding="utf-8") as handle:
            data = self.reader(handle)
        if not isinstance(data, dict) or "blocks" not in data:
            raise ValueError(f"{self._path} is not a site layout")
        return data

    @staticmethod
    def _longline(entry: dict[str, Any]) -> Longline:
        return Longline(
            code=entry["code"],
            length_m=int(entry["length_m"]),
            anchor_a=tuple(entry["anchor_a"]),
            anchor_b=tuple(entry["anchor_b"]),
            buoys=list(entry.get("buoys", [])),
        )

    def blocks(self) -> list[FarmBlock]:
        return [
            FarmBlock(
                code=b["code"],
                lease_ref=b["lease_ref"],
                longlines=[self._longline(l) for l in b.get("longlines", [])],
            )
            for b in self._raw()["blocks"]
        ]

    def buoy_index(self) -> dict[str, str]:
        return {buoy: line.code for block in self.blocks() for line in block.longlines for buoy in line.buoys}
