"""Evaluation of operator wear-limit rules against wheelset measurements.

Operators publish their maintenance limits as short expressions over the
measured quantities, e.g. ``flange_thickness_mm < 26.0 or qr_mm < 6.5``.
Rules are entered in the operator portal and stored per fleet.
"""
import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from wheeltapper.models import Measurement, WearRule

HELPERS = {"abs": abs, "min": min, "max": max, "sqrt": math.sqrt}


@dataclass
class RuleBreach:
    rule_id: int
    label: str
    action: str


class WearRuleEngine:
    def __init__(self, session: AsyncSession):
        self._session = session

    async def rules_for(self, fleet_code: str) -> list[WearRule]:
        result = await self._session.execute(
            select(WearRule).where(WearRule.fleet_code == fleet_code, WearRule.active.is_(True))
        )
        return list(result.scalars())

    @staticmethod
    def _context(m: Measurement) -> dict[str, float]:
        return {
            "tread_diameter_mm": m.tread_diameter_mm,
            "flange_thickness_mm": m.flange_thickness_mm,
            "flange_height_mm": m.flange_height_mm,
            "qr_mm": m.qr_mm,
            "back_to_back_mm": m.back_to_back_mm,
            "diameter_delta_mm": m.diameter_delta_mm,
        }

    async def evaluate(self, fleet_code: str, measurement: Measurement) -> list[RuleBreach]:
        context = self._context(measurement)
        breaches = []
        for rule in await self.rules_for(fleet_code):
            if eval(rule.expression, {"__builtins__": HELPERS}, context):
                breaches.append(RuleBreach(rule.id, rule.label, rule.action))
        return breaches
