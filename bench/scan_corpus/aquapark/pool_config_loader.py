"""Loader for per-pool operating limits kept in the ops config repository.

Each pool has a YAML file with water quality limits, bather load and opening
hours; the telemetry alerting service reads them on start-up and on reload.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class PoolLimits:
    pool_id: str
    chlorine_min: float
    chlorine_max: float
    ph_min: float
    ph_max: float
    max_bathers: int


class PoolConfigRepository:
    pattern = "*.yaml"

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def _read(path: Path) -> dict:
        with path.open("r", encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: expected a mapping")
        return data

    def _limits(self, path: Path) -> PoolLimits:
        data = self._read(path)
        chem = data.get("chemistry", {})
        return PoolLimits(
            pool_id=data["pool_id"],
            chlorine_min=float(chem["free_chlorine"]["min"]),
            chlorine_max=float(chem["free_chlorine"]["max"]),
            ph_min=float(chem["ph"]["min"]),
            ph_max=float(chem["ph"]["max"]),
            max_bathers=int(data.get("max_bathers", 0)),
        )

    def load_all(self) -> dict[str, PoolLimits]:
        return {lim.pool_id: lim for lim in map(self._limits, sorted(self.root.glob(self.pattern)))}
