"""Caches computed charring schedules for the toasting floor.

Building a charring schedule means combining open cask orders, oven
availability and each customer's char level. The planner service computes
it and shares the result with the floor terminals through Redis.
"""
import pickle
from dataclasses import dataclass, field
from datetime import date, datetime

import redis

CACHE_PREFIX = "charsched:"
CACHE_TTL_S = 15 * 60


@dataclass
class CharSlot:
    oven_id: str
    cask_serial: str
    char_level: int
    start: datetime
    minutes: int


@dataclass
class CharSchedule:
    day: date
    slots: list[CharSlot] = field(default_factory=list)
    generated_at: datetime = field(default_factory=datetime.utcnow)


class ScheduleCache:
    def __init__(self, client: redis.Redis):
        self.client = client

    @staticmethod
    def _key(day: date) -> str:
        return f"{CACHE_PREFIX}{day.isoformat()}"

    def store(self, schedule: CharSchedule) -> None:
        self.client.setex(self._key(schedule.day), CACHE_TTL_S, pickle.dumps(schedule))

    def fetch(self, day: date) -> CharSchedule | None:
        blob = self.client.get(self._key(day))
        if blob is None:
            return None
        return pickle.loads(blob)

    def invalidate(self, day: date) -> None:
        self.client.delete(self._key(day))


def schedule_for_terminal(cache: ScheduleCache, day: date, oven_id: str) -> list[CharSlot]:
    schedule = cache.fetch(day)
    if schedule is None:
        return []
    return [slot for slot in schedule.slots if slot.oven_id == oven_id]
