"""Reads per-pilot wind limit overrides typed into the ops spreadsheet export."""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Tuple


@dataclass(frozen=True)
class WindLimits:
    surface_kt: int
    gust_spread_kt: int
    allowed_sectors: Tuple[Tuple[int, int], ...] = ()


class OverrideSheet:
    """Each row holds a pilot licence and a Python-literal dict of limits."""

    defaults = WindLimits(surface_kt=8, gust_spread_kt=5)

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache: Dict[str, WindLimits] = {}

    @staticmethod
    def _literal(cell: str) -> dict:
        value = ast.literal_eval(cell.strip() or "{}")
        if not isinstance(value, dict):
            raise ValueError("override cell must be a mapping")
        return value

    def _to_limits(self, raw: dict) -> WindLimits:
        return WindLimits(
            surface_kt=int(raw.get("surface_kt", self.defaults.surface_kt)),
            gust_spread_kt=int(raw.get("gust_spread_kt", self.defaults.gust_spread_kt)),
            allowed_sectors=tuple(tuple(map(int, s)) for s in raw.get("sectors", ())),
        )

    def load(self) -> Dict[str, WindLimits]:
        with self.path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self._cache[row["licence"]] = self._to_limits(self._literal(row["limits"]))
        return self._cache

    def for_pilot(self, licence: str) -> WindLimits:
        if not self._cache:
            self.load()
        return self._cache.get(licence, self.defaults)
