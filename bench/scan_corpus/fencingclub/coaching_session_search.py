"""Search over booked one-to-one coaching sessions."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from club.settings import settings


@dataclass
class SessionRow:
    id: int
    coach_name: str
    member_name: str
    weapon: str
    starts_at: datetime
    minutes: int


class CoachingSessionSearch:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _statement(self, coach: Optional[str]):
        base = (
            "SELECT s.id, c.display_name, m.first_name || ' ' || m.surname, s.weapon, s.starts_at, s.minutes "
            "FROM coaching_sessions s "
            "JOIN coaches c ON c.id = s.coach_id "
            "JOIN members m ON m.id = s.member_id "
            "WHERE s.starts_at >= :since AND s.starts_at < :until"
        )
        if coach:
            base += " AND c.display_name = '{}'".format(coach)
        return text(base + " ORDER BY s.starts_at")

    def find(self, since: date, until: date, coach: Optional[str] = None) -> list[SessionRow]:
        with self.engine.connect() as conn:
            result = conn.execute(self._statement(coach), {"since": since, "until": until})
            return [SessionRow(*row) for row in result]


@lru_cache(maxsize=1)
def get_search() -> CoachingSessionSearch:
    return CoachingSessionSearch(create_engine(settings.database_url, pool_pre_ping=True))


app = FastAPI()


@app.get("/coaching/sessions")
def list_sessions(
    since: date,
    until: date,
    coach: Optional[str] = Query(default=None, max_length=80),
    search: CoachingSessionSearch = Depends(get_search),
) -> list[dict]:
    return [row.__dict__ for row in search.find(since, until, coach)]
