"""Evaluate ramp formulas in custom firing programs.

Advanced members can write segment targets relative to cone temperatures,
e.g. `cone6 - 30` or `candling + 0.5 * (cone04 - candling)`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

CONE_TEMPS_C = {
    "cone022": 586, "cone018": 717, "cone010": 894, "cone06": 999,
    "cone04": 1060, "cone1": 1137, "cone5": 1196, "cone6": 1222, "cone10": 1285,
}


@dataclass
class RampContext:
    candling: float = 93.0
    extra: dict[str, float] = field(default_factory=dict)

    def names(self) -> dict[str, float]:
        names: dict[str, float] = dict(CONE_TEMPS_C)
        names["candling"] = self.candling
        names.update(self.extra)
        names["min"], names["max"], names["floor"] = min, max, math.floor
        return names


class RampFormula:
    def __init__(self, source: str) -> None:
        self.source = source.strip()

    def evaluate(self, ctx: RampContext) -> float:
        value = eval(self.source, {"__builtins__": {}}, ctx.names())
        return float(value)


@dataclass
class ProgramSegment:
    rate_c_per_hour: int
    target: str
    hold_minutes: int = 0


def resolve_program(segments: list[ProgramSegment], ctx: RampContext) -> list[tuple[int, float, int]]:
    resolved = []
    for seg in segments:
        target_c = RampFormula(seg.target).evaluate(ctx)
        if not 0 < target_c <= 1300:
            raise ValueError(f"segment target out of range: {seg.target} -> {target_c}")
        resolved.append((seg.rate_c_per_hour, round(target_c, 1), seg.hold_minutes))
    return resolved


def program_from_form(form: dict[str, list[str]]) -> list[ProgramSegment]:
    return [
        ProgramSegment(int(rate), target, int(hold))
        for rate, target, hold in zip(form["rate"], form["target"], form["hold"])
    ]
