"""Builds the annual quality-assurance re-inspection sample of levee sections.

The draw is reproducible from the year so the audit committee can re-run it.
"""

import random
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class LeveeSection:
    section_id: str
    river: str
    length_km: float
    risk_class: str


class SamplingPlan:
    fraction_by_risk = {"A": 0.5, "B": 0.25, "C": 0.1}

    def __init__(self, year: int, sections: Sequence[LeveeSection]) -> None:
        self.year = year
        self.sections = list(sections)
        self._rng = random.Random(f"levee-qa-{year}")

    def _strata(self) -> dict[str, list[LeveeSection]]:
        strata: dict[str, list[LeveeSection]] = {}
        for s in sorted(self.sections, key=lambda s: s.section_id):
            strata.setdefault(s.risk_class, []).append(s)
        return strata

    def draw(self) -> list[LeveeSection]:
        chosen: list[LeveeSection] = []
        for risk, members in sorted(self._strata().items()):
            k = max(1, round(len(members) * self.fraction_by_risk.get(risk, 0.1)))
            chosen.extend(self._rng.sample(members, min(k, len(members))))
        return chosen

    def total_length_km(self) -> float:
        return round(sum(s.length_km for s in self.draw()), 2)
