"""Loads the season calendar and per-event logistics plan maintained by the travel office."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Dict, List

import yaml


@dataclass
class EventPlan:
    code: str
    circuit: str
    race_day: date
    freight_mode: str
    garage_build_days: int = 3
    crew: List[str] = field(default_factory=list)

    @property
    def build_start(self) -> date:
        return self.race_day - timedelta(days=self.garage_build_days + 2)


class CalendarError(ValueError):
    pass


def _coerce_date(value: Any, code: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CalendarError(f"{code}: invalid race_day {value!r}") from exc


def parse_calendar(text: str) -> List[EventPlan]:
    document: Dict[str, Any] = yaml.safe_load(text) or {}
    events = document.get("events", [])
    plans: List[EventPlan] = []
    for raw in events:
        code = raw.get("code", "?")
        mode = raw.get("freight", "road")
        if mode not in {"road", "air", "sea"}:
            raise CalendarError(f"{code}: unknown freight mode {mode!r}")
        plans.append(EventPlan(
            code=code,
            circuit=raw["circuit"],
            race_day=_coerce_date(raw["race_day"], code),
            freight_mode=mode,
            garage_build_days=int(raw.get("build_days", 3)),
            crew=list(raw.get("crew", [])),
        ))
    return sorted(plans, key=lambda p: p.race_day)


def load_calendar(path: Path) -> List[EventPlan]:
    return parse_calendar(path.read_text(encoding="utf-8"))


def back_to_backs(plans: List[EventPlan], max_gap_days: int = 8) -> List[tuple[str, str]]:
    """Pairs of consecutive events too close together for sea freight."""
    return [
        (a.code, b.code) for a, b in zip(plans, plans[1:])
        if (b.race_day - a.race_day).days <= max_gap_days
    ]
