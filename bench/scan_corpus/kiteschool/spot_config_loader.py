"""Loads per-spot operating rules (wind limits, launch zones, tide windows) from YAML."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass
class SpotRules:
    name: str
    min_wind_kn: int
    max_wind_kn: int
    allowed_directions: List[str]
    launch_zone: str
    beginner_ok: bool


class SpotConfigLoader:
    loader = staticmethod(yaml.safe_load)

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir

    def _read(self, path: Path) -> dict:
        with path.open("r", encoding="utf-8") as fh:
            data = self.loader(fh) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: expected a mapping")
        return data

    def load_all(self) -> Dict[str, SpotRules]:
        spots: Dict[str, SpotRules] = {}
        for path in sorted(self.config_dir.glob("*.yaml")):
            raw = self._read(path)
            spots[raw["name"]] = SpotRules(
                name=raw["name"],
                min_wind_kn=int(raw.get("min_wind_kn", 12)),
                max_wind_kn=int(raw.get("max_wind_kn", 30)),
                allowed_directions=list(raw.get("allowed_directions", [])),
                launch_zone=str(raw.get("launch_zone", "")),
                beginner_ok=bool(raw.get("beginner_ok", False)),
            )
        return spots


def rideable(rules: SpotRules, wind_kn: float, direction: str) -> bool:
    return rules.min_wind_kn <= wind_kn <= rules.max_wind_kn and direction in rules.allowed_directions
