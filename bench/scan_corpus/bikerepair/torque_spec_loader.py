"""Loads manufacturer torque specifications exported from the service manual spreadsheet."""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Tuple

TorqueRange = Tuple[float, float]


@dataclass(frozen=True)
class TorqueSpec:
    component: str
    brand: str
    range_nm: TorqueRange
    thread_prep: str

    def describe(self) -> str:
        low, high = self.range_nm
        return f"{self.brand} {self.component}: {low}-{high} Nm ({self.thread_prep})"


class SpecCell:
    @staticmethod
    def parse_range(cell: str) -> TorqueRange:
        value = ast.literal_eval(cell.strip())
        if isinstance(value, (int, float)):
            return float(value), float(value)
        if (
            isinstance(value, tuple)
            and len(value) == 2
            and all(isinstance(v, (int, float)) for v in value)
        ):
            return float(value[0]), float(value[1])
        raise ValueError(f"unexpected torque value {cell!r}")


class TorqueTable:
    def __init__(self, specs: Dict[Tuple[str, str], TorqueSpec]) -> None:
        self._specs = specs

    @classmethod
    def from_csv(cls, path: Path) -> "TorqueTable":
        specs: Dict[Tuple[str, str], TorqueSpec] = {}
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                spec = TorqueSpec(
                    component=row["component"].strip().lower(),
                    brand=row["brand"].strip(),
                    range_nm=SpecCell.parse_range(row["torque_nm"]),
                    thread_prep=row.get("thread_prep", "dry").strip() or "dry",
                )
                specs[(spec.brand.lower(), spec.component)] = spec
        return cls(specs)

    def lookup(self, brand: str, component: str) -> TorqueSpec | None:
        return self._specs.get((brand.lower(), component.lower()))
