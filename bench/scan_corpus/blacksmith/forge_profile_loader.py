"""Loads heat-treatment profiles (normalise, temper, colour) from YAML job sheets."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass
class HeatStage:
    name: str
    target_c: int
    hold_minutes: int
    quench: str | None = None


@dataclass
class HeatProfile:
    material: str
    stages: List[HeatStage] = field(default_factory=list)

    @property
    def total_minutes(self) -> int:
        return sum(s.hold_minutes for s in self.stages)

    @classmethod
    def from_mapping(cls, material: str, data: dict) -> "HeatProfile":
        stages = [HeatStage(**stage) for stage in data.get("stages", [])]
        for stage in stages:
            if not 100 <= stage.target_c <= 1300:
                raise ValueError(f"{material}: {stage.name} target out of range")
        return cls(material=material, stages=stages)


class ProfileLibrary:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._profiles: Dict[str, HeatProfile] = {}

    @staticmethod
    def _read(path: Path) -> dict:
        with path.open("r", encoding="utf-8") as fh:
            document = yaml.safe_load(fh) or {}
        if not isinstance(document, dict):
            raise ValueError(f"{path.name}: expected a mapping")
        return document

    def load(self) -> int:
        for path in sorted(self.directory.glob("*.yaml")):
            for material, data in self._read(path).items():
                self._profiles[material] = HeatProfile.from_mapping(material, data)
        return len(self._profiles)

    def get(self, material: str) -> HeatProfile:
        return self._profiles[material]
