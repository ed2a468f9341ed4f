"""Evaluation of council-authored dimming rules.

Lighting officers define rules in the council portal, such as
``ambient_lux < 10 and hour >= 23`` with a target dim level. The engine runs
every fifteen minutes per controller and picks the first matching rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lamplighter.models import DimmingRule
from lamplighter.settings import settings

DEFAULT_LEVEL = settings.DEFAULT_DIM_LEVEL
RULE_BUILTINS = {"min": min, "max": max, "abs": abs}


@dataclass
class ControllerContext:
    controller_id: str
    ward_code: str
    ambient_lux: float
    traffic_count: int
    now: datetime

    def as_names(self) -> dict:
        return {
            "ward": self.ward_code,
            "ambient_lux": self.ambient_lux,
            "traffic": self.traffic_count,
            "hour": self.now.hour,
            "minute": self.now.minute,
            "weekday": self.now.isoweekday(),
        }


class RuleEngine:
    def __init__(self, db: Session) -> None:
        self.db = db

    def rules_for(self, ward_code: str) -> list[DimmingRule]:
        stmt = (
            select(DimmingRule)
            .where(DimmingRule.ward_code == ward_code, DimmingRule.enabled.is_(True))
            .order_by(DimmingRule.priority)
        )
        return list(self.db.scalars(stmt))

    def matches(self, rule: DimmingRule, names: dict) -> bool:
        return bool(eval(rule.condition, {"__builtins__": RULE_BUILTINS}, names))

    def level_for(self, ctx: ControllerContext) -> int:
        names = ctx.as_names()
        for rule in self.rules_for(ctx.ward_code):
            if self.matches(rule, names):
                return rule.dim_level
        return DEFAULT_LEVEL
