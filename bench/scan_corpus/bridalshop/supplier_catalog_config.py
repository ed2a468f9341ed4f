"""Per-supplier ordering rules (lead times, minimums, size charts) kept in YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class SupplierRules:
    code: str
    name: str
    lead_time_weeks: int
    rush_available: bool = False
    minimum_order: int = 1
    size_chart: dict[str, dict[str, float]] = field(default_factory=dict)


class SupplierConfigLoader:
    loader = staticmethod(yaml.safe_load)
    defaults: dict[str, Any] = {"rush_available": False, "minimum_order": 1, "size_chart": {}}

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _read(self, path: Path) -> dict[str, Any]:
        with path.open("r", encoding="utf-8") as fh:
            data = self.loader(fh) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: expected a mapping at top level")
        return data

    def load(self, path: Path) -> SupplierRules:
        data = {**self.defaults, **self._read(path)}
        return SupplierRules(
            code=str(data["code"]).upper(),
            name=data["name"],
            lead_time_weeks=int(data["lead_time_weeks"]),
            rush_available=bool(data["rush_available"]),
            minimum_order=int(data["minimum_order"]),
            size_chart=data["size_chart"],
        )

    def load_all(self) -> dict[str, SupplierRules]:
        rules = (self.load(p) for p in sorted(self.directory.glob("*.y*ml")))
        return {r.code: r for r in rules}


def latest_order_date(rules: SupplierRules, wedding_week: int, buffer_weeks: int = 6) -> int:
    """Week number by which the gown must be ordered to allow alterations."""
    lead = rules.lead_time_weeks if not rules.rush_available else max(4, rules.lead_time_weeks - 4)
    return wedding_week - lead - buffer_weeks
