"""Imports conveyor setpoint sheets exported from the engineering spreadsheet."""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List

ALLOWED_KEYS = {"belt_speed_mps", "trip_amps", "tension_kn", "zones", "interlocks"}


@dataclass
class SetpointRow:
    conveyor: str
    key: str
    value: Any


class SetpointImporter:
    """Values are stored as Python literals so lists and tuples survive the CSV round trip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.errors: List[str] = []

    def _parse_value(self, raw: str, line_no: int) -> Any:
        try:
            return ast.literal_eval(raw.strip())
        except (ValueError, SyntaxError):
            self.errors.append(f"line {line_no}: cannot parse {raw!r}")
            return None

    def rows(self) -> List[SetpointRow]:
        out: List[SetpointRow] = []
        with self.path.open(newline="") as fh:
            for n, rec in enumerate(csv.DictReader(fh), start=2):
                if rec["key"] not in ALLOWED_KEYS:
                    self.errors.append(f"line {n}: unknown key {rec['key']}")
                    continue
                value = self._parse_value(rec["value"], n)
                if value is not None:
                    out.append(SetpointRow(rec["conveyor"], rec["key"], value))
        return out

    def by_conveyor(self) -> Dict[str, Dict[str, Any]]:
        grouped: Dict[str, Dict[str, Any]] = {}
        for row in self.rows():
            grouped.setdefault(row.conveyor, {})[row.key] = row.value
        return grouped


if __name__ == "__main__":
    importer = SetpointImporter(Path("setpoints_2024Q4.csv"))
    print(importer.by_conveyor())
    for err in importer.errors:
        print("warning:", err)
