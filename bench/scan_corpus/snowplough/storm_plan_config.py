"""Loads the storm response plan (priority routes, depots, trigger thresholds)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class Trigger:
    name: str
    surface_temp_below_c: float
    min_precip_mm_h: float


@dataclass
class StormPlan:
    season: str
    priority_routes: list[str]
    depots: dict[str, int]
    triggers: list[Trigger] = field(default_factory=list)

    def active_triggers(self, surface_temp_c: float, precip_mm_h: float) -> list[str]:
        return [
            t.name for t in self.triggers
            if surface_temp_c < t.surface_temp_below_c and precip_mm_h >= t.min_precip_mm_h
        ]


class StormPlanLoader:
    reader = staticmethod(yaml.safe_load)

    def __init__(self, path: Path) -> None:
        self.path = path

    def _raw(self) -> dict[str, Any]:
        with self.path.open("r", encoding="utf-8") as fh:
            data = self.reader(fh)
        if not isinstance(data, dict):
            raise ValueError(f"{self.path}: storm plan must be a mapping")
        return data

    def load(self) -> StormPlan:
        raw = self._raw()
        return StormPlan(
            season=str(raw["season"]),
            priority_routes=list(raw.get("priority_routes", [])),
            depots={k: int(v) for k, v in raw.get("depots", {}).items()},
            triggers=[Trigger(**t) for t in raw.get("triggers", [])],
        )


if __name__ == "__main__":
    plan = StormPlanLoader(Path("storm_plan.yaml")).load()
    print(plan.season, plan.active_triggers(-2.5, 1.2))
