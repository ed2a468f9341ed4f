"""Builds weekly drill circuits for youth squad sessions from the coaching drill library."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import pandas as pd

DRILL_LIBRARY = "data/drill_library.csv"
DEFAULT_SEED = 1729
CIRCUIT_SIZE = 5


@dataclass(frozen=True)
class Drill:
    name: str
    focus: str
    minutes: int
    min_age: int


def load_library(path: str = DRILL_LIBRARY) -> list[Drill]:
    df = pd.read_csv(path)
    df = df.dropna(subset=["name", "focus"])
    return [
        Drill(r.name, r.focus, int(r.minutes), int(r.min_age))
        for r in df.itertuples(index=False)
    ]


class CircuitPlanner:
    """Reproducible circuits so every coach at every gym runs the same plan that week."""

    def __init__(self, library: list[Drill], seed: int = DEFAULT_SEED) -> None:
        self.library = library
        self.seed = seed

    def _rng_for(self, week: date, squad: str) -> random.Random:
        iso_year, iso_week, _ = week.isocalendar()
        return random.Random(f"{self.seed}-{iso_year}-{iso_week}-{squad}")

    def circuit(self, week: date, squad: str, age: int, focus: str | None = None) -> list[Drill]:
        rng = self._rng_for(week, squad)
        eligible = [d for d in self.library if d.min_age <= age]
        if focus:
            preferred = [d for d in eligible if d.focus == focus]
            others = [d for d in eligible if d.focus != focus]
            picks = rng.sample(preferred, min(3, len(preferred)))
            picks += rng.sample(others, min(CIRCUIT_SIZE - len(picks), len(others)))
        else:
            picks = rng.sample(eligible, min(CIRCUIT_SIZE, len(eligible)))
        rng.shuffle(picks)
        return picks

    def season_table(self, weeks: list[date], squad: str, age: int) -> pd.DataFrame:
        rows = []
        for wk in weeks:
            for order, drill in enumerate(self.circuit(wk, squad, age), start=1):
                rows.append({"week": wk, "order": order, "drill": drill.name,
                             "focus": drill.focus, "minutes": drill.minutes})
        return pd.DataFrame(rows)
