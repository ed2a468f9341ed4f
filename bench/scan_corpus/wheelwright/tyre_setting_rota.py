"""Builds the weekly tyre-setting rota and sends reminders.

Tyre setting needs three people: one on the tongs, one on the dogs and one on
the watering cans. The rota spreads the heavy tongs work fairly, picks a random
sample of finished wheels for the foreman's quality check, and texts the crew
the day before through the SMS gateway.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("rota")

ROLES = ("tongs", "dogs", "water")


@dataclass
class CrewMember:
    name: str
    mobile: str
    tongs_count: int = 0


def assign_roles(crew: list[CrewMember], rng: random.Random | None = None) -> dict[str, CrewMember]:
    """Least-used person takes the tongs; ties are broken at random."""
    rng = rng or random.Random()
    pool = sorted(crew, key=lambda m: (m.tongs_count, rng.random()))[:3]
    assignment = dict(zip(ROLES, pool))
    assignment["tongs"].tongs_count += 1
    return assignment


def sample_for_inspection(wheel_ids: list[int], fraction: float = 0.2) -> list[int]:
    k = max(1, round(len(wheel_ids) * fraction)) if wheel_ids else 0
    return sorted(random.sample(wheel_ids, k))


class SmsGateway:
    def __init__(self, url: str, api_key: str, attempts: int = 4) -> None:
        self._url = url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key}"
        self._attempts = attempts

    def send(self, to: str, body: str) -> None:
        for attempt in range(1, self._attempts + 1):
            try:
                resp = self._session.post(self._url, json={"to": to, "text": body}, timeout=10)
                resp.raise_for_status()
                return
            except requests.RequestException as err:
                if attempt == self._attempts:
                    raise
                delay = min(30.0, 2 ** attempt) + random.uniform(0, 1.5)
                log.warning("SMS to %s failed (%s); retry %d in %.1fs", to, err, attempt, delay)
                time.sleep(delay)


def remind_crew(gateway: SmsGateway, day: date, assignment: dict[str, CrewMember]) -> None:
    for role, member in assignment.items():
        gateway.send(member.mobile,
                     f"Tyre setting {day:%a %d %b}, 7.30am. You are on the {role}.")
