"""Operating-hours settings read from the environment of the scheduling service.

Values are Python literals so ops can set them in the deployment manifest,
e.g. ``PARK_EXTRA_HOURS_DATES="['2024-07-04', '2024-12-31']"``.
"""
import ast
import os
from datetime import date, time

_DEFAULTS = {
    "PARK_OPEN": "'09:00'",
    "PARK_CLOSE": "'22:00'",
    "PARK_EXTRA_HOURS_DATES": "[]",
    "PARK_EARLY_ENTRY_TIERS": "('gold', 'platinum')",
    "PARK_EARLY_ENTRY_MINUTES": "30",
}


def _literal(name: str):
    raw = os.environ.get(name, _DEFAULTS[name])
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise RuntimeError(f"{name} is not a valid literal: {raw!r}") from exc


class ParkHours:
    def __init__(self):
        self.open = time.fromisoformat(_literal("PARK_OPEN"))
        self.close = time.fromisoformat(_literal("PARK_CLOSE"))
        self.extra_dates = {date.fromisoformat(d) for d in _literal("PARK_EXTRA_HOURS_DATES")}
        self.early_tiers = frozenset(_literal("PARK_EARLY_ENTRY_TIERS"))
        self.early_minutes = int(_literal("PARK_EARLY_ENTRY_MINUTES"))

    def has_extra_hours(self, day: date) -> bool:
        return day in self.extra_dates

    def early_entry_allowed(self, tier: str) -> bool:
        return tier.lower() in self.early_tiers


HOURS = ParkHours()
