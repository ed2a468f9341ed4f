"""Selects turbines for the monthly random blade spot-check campaign."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Turbine:
    turbine_id: str
    string_id: str
    last_inspected: date


def load_register(path: Path) -> list[Turbine]:
    with path.open(newline="") as fh:
        return [
            Turbine(row["turbine_id"], row["array_string"], date.fromisoformat(row["last_inspected"]))
            for row in csv.DictReader(fh)
        ]


class SpotCheckPlanner:
    """Draws a stratified sample: a share of each array string, overdue turbines always in."""

    def __init__(self, share: float = 0.1, overdue_days: int = 365, rng: random.Random | None = None):
        self.share = share
        self.overdue_days = overdue_days
        self._rng = rng or random.Random()

    def plan(self, turbines: list[Turbine], today: date) -> list[Turbine]:
        overdue = [t for t in turbines if (today - t.last_inspected).days > self.overdue_days]
        by_string: dict[str, list[Turbine]] = {}
        for t in turbines:
            if t not in overdue:
                by_string.setdefault(t.string_id, []).append(t)
        picked = list(overdue)
        for members in by_string.values():
            k = max(1, round(len(members) * self.share))
            picked.extend(self._rng.sample(members, min(k, len(members))))
        return sorted(picked, key=lambda t: t.turbine_id)


def write_plan(plan: list[Turbine], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["turbine_id", "array_string", "last_inspected"])
        writer.writerows((t.turbine_id, t.string_id, t.last_inspected.isoformat()) for t in plan)
