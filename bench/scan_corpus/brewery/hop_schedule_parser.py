"""Parse hop schedules typed into the brew sheet's free-text field.

Brewers write schedules in the same shape the old spreadsheet used, e.g.::

    [("Citra", 30, 60), ("Mosaic", 50, 10), ("Citra", 100, "whirlpool")]

i.e. (hop, grams, minutes-or-stage).
"""
import ast
from dataclasses import dataclass

STAGES = {"whirlpool", "dry hop", "first wort"}


@dataclass
class HopAddition:
    hop: str
    grams: float
    timing: int | str


class ScheduleError(ValueError):
    pass


def parse_schedule(text: str) -> list[HopAddition]:
    if len(text) > 4000:
        raise ScheduleError("schedule too long")
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError) as exc:
        raise ScheduleError("schedule is not a list of (hop, grams, time) entries") from exc
    if not isinstance(value, (list, tuple)):
        raise ScheduleError("schedule must be a list")

    additions = []
    for entry in value:
        if not (isinstance(entry, tuple) and len(entry) == 3):
            raise ScheduleError(f"malformed entry: {entry!r}")
        hop, grams, timing = entry
        if not isinstance(hop, str) or not isinstance(grams, (int, float)) or grams <= 0:
            raise ScheduleError(f"malformed entry: {entry!r}")
        if isinstance(timing, str) and timing.lower() not in STAGES:
            raise ScheduleError(f"unknown stage {timing!r}")
        if not isinstance(timing, (int, str)):
            raise ScheduleError(f"invalid timing in {entry!r}")
        additions.append(HopAddition(hop.strip(), float(grams), timing))
    return additions


def total_grams(additions: list[HopAddition]) -> float:
    return sum(a.grams for a in additions)
