"""Quality-control sampling of literature screening decisions for the monthly QC audit.

The sample must be reproducible so that the auditor can regenerate it from the seed
recorded in the audit log.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ScreeningDecision:
    hit_id: int
    screener: str
    decision: str


@dataclass
class SamplingPlan:
    month: str
    rate: float = 0.10
    minimum_per_screener: int = 5

    @property
    def seed(self) -> int:
        year, month = self.month.split("-")
        return int(year) * 100 + int(month)


class QcSampler:
    def __init__(self, plan: SamplingPlan) -> None:
        self.plan = plan
        self._rng = random.Random(plan.seed)

    def sample(self, decisions: list[ScreeningDecision]) -> list[ScreeningDecision]:
        by_screener: dict[str, list[ScreeningDecision]] = {}
        for d in sorted(decisions, key=lambda d: d.hit_id):
            by_screener.setdefault(d.screener, []).append(d)
        chosen: list[ScreeningDecision] = []
        for screener in sorted(by_screener):
            pool = by_screener[screener]
            k = max(self.plan.minimum_per_screener, round(len(pool) * self.plan.rate))
            chosen.extend(self._rng.sample(pool, min(k, len(pool))))
        return chosen


def load_decisions(path: Path) -> list[ScreeningDecision]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            ScreeningDecision(int(r["hit_id"]), r["screener"], r["decision"])
            for r in csv.DictReader(fh)
        ]


def write_sample(plan: SamplingPlan, source: Path, target: Path) -> int:
    picked = QcSampler(plan).sample(load_decisions(source))
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["hit_id", "screener", "decision", "qc_seed"])
        for d in picked:
            writer.writerow([d.hit_id, d.screener, d.decision, plan.seed])
    return len(picked)
