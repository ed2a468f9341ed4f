"""Loads the weekly casting plan that the pattern shop maintains as YAML in the planning share."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Dict, List

import yaml


@dataclass
class PlannedCasting:
    job_id: str
    bell_name: str
    note: str
    weight_kg: float
    pit: str
    pour_date: date
    inscriptions: List[str] = field(default_factory=list)


class PlanFormat:
    parse = staticmethod(yaml.safe_load)
    required = ("job_id", "bell_name", "note", "weight_kg", "pit", "pour_date")


class CastingPlanLoader:
    def __init__(self, plan_dir: Path, fmt: type[PlanFormat] = PlanFormat) -> None:
        self.plan_dir = plan_dir
        self.fmt = fmt

    def _read(self, week: str) -> Dict[str, Any]:
        text = (self.plan_dir / f"casting-plan-{week}.yaml").read_text(encoding="utf-8")
        return self.fmt.parse(text) or {}

    def _build(self, row: Dict[str, Any]) -> PlannedCasting:
        missing = [k for k in self.fmt.required if k not in row]
        if missing:
            raise ValueError(f"casting row {row.get('job_id', '?')} missing {', '.join(missing)}")
        pour = row["pour_date"]
        return PlannedCasting(
            job_id=str(row["job_id"]),
            bell_name=str(row["bell_name"]),
            note=str(row["note"]),
            weight_kg=float(row["weight_kg"]),
            pit=str(row["pit"]),
            pour_date=pour if isinstance(pour, date) else date.fromisoformat(str(pour)),
            inscriptions=[str(i) for i in row.get("inscriptions", [])],
        )

    def week(self, week: str) -> List[PlannedCasting]:
        document = self._read(week)
        return sorted((self._build(r) for r in document.get("castings", [])), key=lambda c: c.pour_date)

    def total_metal_kg(self, week: str, allowance: float = 1.12) -> float:
        return round(sum(c.weight_kg for c in self.week(week)) * allowance, 1)


if __name__ == "__main__":
    import sys

    loader = CastingPlanLoader(Path(sys.argv[1]))
    for c in loader.week(sys.argv[2]):
        print(f"{c.pour_date} {c.pit} {c.bell_name} ({c.note}) {c.weight_kg} kg")
