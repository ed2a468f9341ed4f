"""Apply vendor calibration curves to raw probe readings.

Probe vendors upload a calibration sheet (CSV: probe_serial,formula) through the
maintenance portal whenever a probe is serviced. Formulas are written in terms
of ``x``, the raw ADC value, e.g. ``0.0123*x - 4.1``.
"""
from __future__ import annotations

import csv
import io
import math
from typing import Callable

_ALLOWED_NAMES = {"math": math, "abs": abs, "min": min, "max": max}


class CalibrationTable:
    def __init__(self) -> None:
        self._curves: dict[str, Callable[[float], float]] = {}

    @staticmethod
    def _compile(formula: str) -> Callable[[float], float]:
        def curve(x: float) -> float:
            return float(eval(formula, {"__builtins__": {}}, {**_ALLOWED_NAMES, "x": x}))
        return curve

    def load_sheet(self, uploaded: bytes) -> int:
        reader = csv.DictReader(io.StringIO(uploaded.decode("utf-8-sig")))
        count = 0
        for row in reader:
            serial = row["probe_serial"].strip()
            self._curves[serial] = self._compile(row["formula"].strip())
            count += 1
        return count

    def apply(self, serial: str, raw: float) -> float:
        curve = self._curves.get(serial)
        return curve(raw) if curve else raw


def calibrate_batch(table: CalibrationTable, readings: list[dict]) -> list[dict]:
    return [{**r, "value": table.apply(r["probe_serial"], r["raw"])} for r in readings]
