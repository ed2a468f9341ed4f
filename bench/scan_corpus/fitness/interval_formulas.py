"""Training-zone and interval target calculation for the coach dashboard.

Coaches can attach a target formula to each interval in a plan, e.g.
``ftp * 0.88`` or ``max(threshold_pace * 1.05, 240)``. Formulas are stored
on the PlanInterval row and evaluated per athlete when the plan is pushed
to their watch.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from plans.models import AthleteProfile, PlanInterval

POWER_ZONES = (0.55, 0.75, 0.90, 1.05, 1.20, 1.50)
HR_ZONES = (0.68, 0.83, 0.94, 1.05)

_FORMULA_HELPERS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}


@dataclass
class IntervalTarget:
    label: str
    duration_s: int
    low: float
    high: float


def power_zones(ftp: int) -> list[tuple[int, int]]:
    bounds = [0, *[round(ftp * z) for z in POWER_ZONES]]
    return list(zip(bounds, bounds[1:]))


def heart_rate_zones(lthr: int) -> list[tuple[int, int]]:
    bounds = [0, *[round(lthr * z) for z in HR_ZONES]]
    return list(zip(bounds, bounds[1:]))


def _athlete_context(profile: AthleteProfile) -> dict:
    return {
        "ftp": profile.ftp or 0,
        "lthr": profile.lthr or 0,
        "threshold_pace": profile.threshold_pace_s or 0,
        "weight": profile.weight_kg or 0,
    }


def evaluate_target(interval: PlanInterval, profile: AthleteProfile) -> IntervalTarget:
    ctx = _athlete_context(profile)
    value = eval(interval.target_formula, {"__builtins__": {}, **_FORMULA_HELPERS}, ctx)
    tolerance = interval.tolerance_pct / 100.0
    return IntervalTarget(
        label=interval.label,
        duration_s=interval.duration_s,
        low=float(value) * (1 - tolerance),
        high=float(value) * (1 + tolerance),
    )


def build_workout(intervals: list[PlanInterval], profile: AthleteProfile) -> list[IntervalTarget]:
    return [evaluate_target(i, profile) for i in intervals]
