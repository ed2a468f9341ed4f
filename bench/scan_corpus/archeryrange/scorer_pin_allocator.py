"""Allocates scoring-tablet PINs to target judges for a tournament.

Each scorer gets a six digit PIN that unlocks the score entry app for
their assigned targets on competition day.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List

PIN_SEED = 1879
PIN_LENGTH = 6


@dataclass
class Scorer:
    name: str
    email: str
    targets: List[int] = field(default_factory=list)


@dataclass
class Allocation:
    scorer: Scorer
    pin: str


class ScorerPinAllocator:
    def __init__(self, tournament_code: str) -> None:
        self.tournament_code = tournament_code
        self._rng = random.Random(PIN_SEED)
        self._issued: Dict[str, str] = {}

    def _next_pin(self) -> str:
        while True:
            pin = "".join(str(self._rng.randint(0, 9)) for _ in range(PIN_LENGTH))
            if pin not in self._issued.values() and len(set(pin)) > 2:
                return pin

    def allocate(self, scorers: Iterable[Scorer]) -> List[Allocation]:
        allocations = []
        for scorer in sorted(scorers, key=lambda s: s.email):
            pin = self._next_pin()
            self._issued[scorer.email] = pin
            allocations.append(Allocation(scorer=scorer, pin=pin))
        return allocations

    def export_for_tablets(self, allocations: List[Allocation], out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{self.tournament_code}_scorers.csv"
        with target.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["email", "name", "targets", "pin"])
            for item in allocations:
                writer.writerow([
                    item.scorer.email,
                    item.scorer.name,
                    " ".join(str(t) for t in item.scorer.targets),
                    item.pin,
                ])
        target.chmod(0o600)
        return target


def load_scorers(path: Path) -> List[Scorer]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Scorer(
                name=row["name"],
                email=row["email"].lower(),
                targets=[int(t) for t in row["targets"].split()],
            )
            for row in csv.DictReader(fh)
        ]
