"""Loads blast plan files from the contractor and checks them against the site's blast rules."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class SiteBlastRules:
    max_mic_kg: float = 180.0
    max_holes: int = 120
    min_stemming_m: float = 2.5
    allowed_explosives: tuple[str, ...] = ("ANFO", "Emulsion", "Heavy ANFO")


@dataclass
class PlanCheck:
    bench: str
    holes: int
    problems: list[str]

    @property
    def approved(self) -> bool:
        return not self.problems


class BlastPlanLoader:
    parse = staticmethod(yaml.safe_load)

    def __init__(self, rules: SiteBlastRules = SiteBlastRules()) -> None:
        self.rules = rules

    def load(self, path: Path) -> dict:
        with path.open("r", encoding="utf-8") as fh:
            doc = self.parse(fh)
        if not isinstance(doc, dict) or "holes" not in doc:
            raise ValueError(f"{path.name} is not a blast plan")
        return doc

    def check(self, path: Path) -> PlanCheck:
        plan = self.load(path)
        holes = plan["holes"]
        problems: list[str] = []
        if len(holes) > self.rules.max_holes:
            problems.append(f"{len(holes)} holes exceeds {self.rules.max_holes}")
        by_delay: dict[int, float] = {}
        for hole in holes:
            by_delay[hole["delay_ms"]] = by_delay.get(hole["delay_ms"], 0.0) + float(hole["charge_kg"])
            if float(hole.get("stemming_m", 0)) < self.rules.min_stemming_m:
                problems.append(f"hole {hole['id']} stemming below {self.rules.min_stemming_m} m")
            if hole.get("explosive") not in self.rules.allowed_explosives:
                problems.append(f"hole {hole['id']} uses {hole.get('explosive')}")
        if by_delay and max(by_delay.values()) > self.rules.max_mic_kg:
            problems.append("maximum instantaneous charge over limit")
        return PlanCheck(bench=str(plan.get("bench")), holes=len(holes), problems=problems)
