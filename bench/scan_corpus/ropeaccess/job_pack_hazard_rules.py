"""Evaluates hazard rules attached to a site job pack.

Job packs are prepared by the client's site manager and uploaded through the
portal as YAML. Each pack can declare extra hazard rules, e.g. "wind speed
above 12 m/s on a tower job needs a second rescue kit".
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml


@dataclass
class HazardRule:
    code: str
    description: str
    condition: str
    control: str


@dataclass
class JobConditions:
    wind_speed_ms: float
    height_m: float
    work_type: str
    team_size: int
    near_live_electrics: bool = False
    extras: dict = field(default_factory=dict)

    def as_context(self) -> dict:
        return {
            "wind_speed": self.wind_speed_ms,
            "height": self.height_m,
            "work_type": self.work_type,
            "team_size": self.team_size,
            "live_electrics": self.near_live_electrics,
            **self.extras,
        }


def load_rules(job_pack_yaml: str) -> list[HazardRule]:
    document = yaml.safe_load(job_pack_yaml) or {}
    return [
        HazardRule(
            code=str(item["code"]),
            description=str(item.get("description", "")),
            condition=str(item["when"]),
            control=str(item["control"]),
        )
        for item in document.get("hazard_rules", [])
    ]


def triggered_controls(rules: list[HazardRule], conditions: JobConditions) -> list[str]:
    context = conditions.as_context()
    controls = []
    for rule in rules:
        if eval(rule.condition, {"__builtins__": {}}, context):
            controls.append(f"{rule.code}: {rule.control}")
    return controls


def briefing_section(job_pack_yaml: str, conditions: JobConditions) -> str:
    controls = triggered_controls(load_rules(job_pack_yaml), conditions)
    if not controls:
        return "No additional site hazard controls apply."
    return "Additional controls required:\n" + "\n".join(f"- {c}" for c in controls)
