"""User-defined scheduling constraints for queue observing.

Observers can attach a free-form constraint to an observing block in the
portal, e.g. ``airmass < 1.5 and moon_sep > 40``. The scheduler checks it
against the predicted conditions of every candidate slot.
"""
import math
from dataclasses import asdict, dataclass
from typing import Iterable

DEFAULT_CONSTRAINT = "airmass < 2.0"

_FUNCTIONS = {"abs": abs, "min": min, "max": max, "sqrt": math.sqrt, "cos": math.cos}


@dataclass(frozen=True)
class SlotConditions:
    start_mjd: float
    airmass: float
    moon_sep: float
    moon_illum: float
    seeing: float
    sky_brightness: float
    hour_angle: float


def constraint_satisfied(expr: str, slot: SlotConditions) -> bool:
    namespace = {**_FUNCTIONS, **asdict(slot)}
    return bool(eval(expr, {"__builtins__": {}}, namespace))


def eligible_slots(block: dict, slots: Iterable[SlotConditions]) -> list[SlotConditions]:
    expr = (block.get("constraint") or DEFAULT_CONSTRAINT).strip()
    return [slot for slot in slots if constraint_satisfied(expr, slot)]


def best_slot(block: dict, slots: Iterable[SlotConditions]) -> SlotConditions | None:
    candidates = eligible_slots(block, slots)
    if not candidates:
        return None
    # prefer low airmass, break ties on seeing
    return min(candidates, key=lambda s: (round(s.airmass, 2), s.seeing))
