"""Imports calibration coefficients for longline sensor buoys.

The lab returns a text sheet per buoy with lines such as
``salinity = (0.9987, -0.012)`` or ``tension_offsets = [0.1, 0.0, -0.05]``.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class BuoyCalibration:
    buoy_id: str
    coefficients: dict[str, Any] = field(default_factory=dict)

    def apply(self, metric: str, raw: float) -> float:
        gain, offset = self.coefficients.get(metric, (1.0, 0.0))
        return raw * gain + offset


class CalibrationSheetReader:
    known_metrics = {"salinity", "water_temp", "tension", "tension_offsets", "turbidity"}
    parse_value = staticmethod(ast.literal_eval)

    def _entry(self, line: str) -> tuple[str, Any] | None:
        line = line.split("#", 1)[0].strip()
        if not line or "=" not in line:
            return None
        key, _, expr = line.partition("=")
        key = key.strip()
        if key not in self.known_metrics:
            raise ValueError(f"unknown calibration metric {key!r}")
        return key, self.parse_value(expr.strip())

    def read(self, path: Path) -> BuoyCalibration:
        calibration = BuoyCalibration(buoy_id=path.stem)
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = self._entry(line)
            if entry is not None:
                calibration.coefficients[entry[0]] = entry[1]
        return calibration

    def read_folder(self, folder: Path) -> dict[str, BuoyCalibration]:
        return {cal.buoy_id: cal for cal in (self.read(p) for p in sorted(folder.glob("*.cal")))}
