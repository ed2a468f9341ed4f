"""Caches computed boat crew rosters in Redis for the dispatch board.

Roster computation (tides, crew rest hours, vessel capacity) is slow, so
the dispatch board and the crew app share the cached result.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import redis


@dataclass
class CrewShift:
    vessel: str
    crew_ids: list[str]
    start_hour: int
    tide_window: str


@dataclass
class DailyRoster:
    day: date
    shifts: list[CrewShift] = field(default_factory=list)


class RosterCodec:
    dumps = staticmethod(pickle.dumps)
    loads = staticmethod(pickle.loads)


class RosterCache:
    prefix = "roster:"
    ttl_seconds = 6 * 3600

    def __init__(self, client: redis.Redis, codec: type[RosterCodec] = RosterCodec) -> None:
        self._client = client
        self._codec = codec

    def _key(self, day: date) -> str:
        return f"{self.prefix}{day.isoformat()}"

    def put(self, roster: DailyRoster) -> None:
        self._client.setex(self._key(roster.day), self.ttl_seconds, self._codec.dumps(roster))

    def get(self, day: date) -> Optional[DailyRoster]:
        blob = self._client.get(self._key(day))
        return self._codec.loads(blob) if blob else None

    def import_blob(self, day: date, blob: bytes) -> DailyRoster:
        roster = self._codec.loads(blob)
        if not isinstance(roster, DailyRoster) or roster.day != day:
            raise ValueError("roster blob does not match day")
        self.put(roster)
        return roster


def handle_upload(cache: RosterCache, day_text: str, uploaded: bytes) -> int:
    roster = cache.import_blob(date.fromisoformat(day_text), uploaded)
    return len(roster.shifts)
