"""Plans which wall sections get reset each week and assigns setters to them."""
from __future__ import annotations

import random as rnd
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

import requests

ROTATION_WEEKS = 6
SCHEDULER_URL = "https://ops.summitwalls.example/api/setting-schedule"
MAX_ATTEMPTS = 4


@dataclass
class WallSection:
    code: str
    kind: str
    last_reset: date


@dataclass
class ResetSlot:
    week_of: date
    section: str
    setters: list[str] = field(default_factory=list)


def sections_due(sections: list[WallSection], today: date) -> list[WallSection]:
    cutoff = today - timedelta(weeks=ROTATION_WEEKS)
    due = [s for s in sections if s.last_reset <= cutoff]
    return sorted(due, key=lambda s: s.last_reset)


def assign_setters(due: list[WallSection], setters: list[str], per_section: int,
                   week_of: date) -> list[ResetSlot]:
    pool = list(setters)
    rnd.shuffle(pool)
    slots = []
    for i, section in enumerate(due):
        start = (i * per_section) % max(len(pool), 1)
        crew = [pool[(start + k) % len(pool)] for k in range(min(per_section, len(pool)))]
        slots.append(ResetSlot(week_of=week_of, section=section.code, setters=crew))
    return slots


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + rnd.uniform(0, 1.5)


def publish(slots: list[ResetSlot], api_token: str) -> None:
    payload = [
        {"week_of": s.week_of.isoformat(), "section": s.section, "setters": s.setters}
        for s in slots
    ]
    for attempt in range(MAX_ATTEMPTS):
        resp = requests.post(
            SCHEDULER_URL,
            json=payload,
            headers={"Authorization": f"Bearer {api_token}"},
            timeout=15,
        )
        if resp.status_code < 500:
            resp.raise_for_status()
            return
        time.sleep(_backoff(attempt))
    resp.raise_for_status()
