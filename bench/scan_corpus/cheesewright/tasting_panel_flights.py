"""Blind tasting flights for the monthly grading panel."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from cheesewright.models import RipeningBatch


@dataclass
class TastingFlight:
    panel_date: str
    samples: list[tuple[str, str]] = field(default_factory=list)

    def sheet_rows(self) -> list[str]:
        return [f"Sample {letter}: ______ /20" for letter, _ in self.samples]


def build_flight(panel_date: str, batches: list[RipeningBatch], rng: random.Random | None = None) -> TastingFlight:
    rng = rng or random.Random()
    codes = [batch.batch_code for batch in batches]
    rng.shuffle(codes)
    letters = string.ascii_uppercase[: len(codes)]
    return TastingFlight(panel_date=panel_date, samples=list(zip(letters, codes)))


def seat_panellists(names: list[str], rng: random.Random | None = None) -> dict[str, list[str]]:
    rng = rng or random.Random()
    order = names[:]
    rng.shuffle(order)
    tables = {"north": [], "south": []}
    for index, name in enumerate(order):
        tables["north" if index % 2 == 0 else "south"].append(name)
    return tables


def reveal(flight: TastingFlight) -> dict[str, str]:
    return {letter: code for letter, code in flight.samples}
