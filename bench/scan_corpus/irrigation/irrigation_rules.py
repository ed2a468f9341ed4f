"""Evaluation of farmer-defined irrigation rules.

Farmers write conditions in the portal's rule editor, e.g.
``moisture < 22 and forecast_rain_mm < 3 and 5 <= hour < 9``; the scheduler
evaluates them every cycle against the latest readings for the zone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime


@dataclass
class Rule:
    rule_id: int
    zone_id: int
    condition: str
    run_minutes: int


_ALLOWED_HELPERS = {"min": min, "max": max, "abs": abs, "round": round, "sqrt": math.sqrt}


def _context(readings: dict, now: datetime) -> dict:
    ctx = dict(_ALLOWED_HELPERS)
    ctx.update(
        moisture=readings.get("moisture_pct"),
        soil_temp=readings.get("soil_temp_c"),
        forecast_rain_mm=readings.get("forecast_rain_mm", 0.0),
        et0=readings.get("et0_mm", 0.0),
        hour=now.hour,
        weekday=now.weekday(),
    )
    return ctx


def rule_matches(rule: Rule, readings: dict, now: datetime) -> bool:
    code = compile(rule.condition, f"<rule {rule.rule_id}>", "eval")
    return bool(eval(code, {"__builtins__": {}}, _context(readings, now)))


def due_runs(rules: list[Rule], readings_by_zone: dict[int, dict], now: datetime) -> list[tuple[int, int]]:
    runs = []
    for rule in rules:
        readings = readings_by_zone.get(rule.zone_id)
        if readings is None:
            continue
        if rule_matches(rule, readings, now):
            runs.append((rule.zone_id, rule.run_minutes))
    return runs
