"""Loads per-depot operating settings (van count, shift times, solvent limits)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

import yaml


@dataclass
class ShiftWindow:
    start: time
    end: time


@dataclass
class DepotSettings:
    code: str
    vans: int
    collection_shift: ShiftWindow
    delivery_shift: ShiftWindow
    perc_max_litres: float
    postcodes: list[str] = field(default_factory=list)


def _shift(raw: dict) -> ShiftWindow:
    return ShiftWindow(start=time.fromisoformat(raw["start"]), end=time.fromisoformat(raw["end"]))


class DepotSettingsLoader:
    def __init__(self, settings_dir: Path) -> None:
        self.settings_dir = settings_dir

    def _read(self, path: Path) -> dict:
        with path.open("r", encoding="utf-8") as fh:
            return yaml.safe_load(fh) or {}

    def load(self, code: str) -> DepotSettings:
        raw = self._read(self.settings_dir / f"{code}.yaml")
        return DepotSettings(
            code=code,
            vans=int(raw["vans"]),
            collection_shift=_shift(raw["shifts"]["collection"]),
            delivery_shift=_shift(raw["shifts"]["delivery"]),
            perc_max_litres=float(raw.get("solvent", {}).get("perc_max_litres", 0)),
            postcodes=[p.upper() for p in raw.get("postcodes", [])],
        )

    def load_all(self) -> dict[str, DepotSettings]:
        return {p.stem: self.load(p.stem) for p in sorted(self.settings_dir.glob("*.yaml"))}
