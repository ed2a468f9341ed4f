"""FastAPI service behind the club's public events calendar.

The calendar front-end is served from the club website and the members'
portal; both call this API with the member's session cookie.
"""
from __future__ import annotations

import os
from datetime import date

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import create_engine, text

from .sessions import member_for_session

engine = create_engine(os.environ["CLUB_DATABASE_URL"], pool_pre_ping=True)

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "EVENTS_ALLOWED_ORIGINS",
        "https://www.riversidepaddlers.org.uk,https://portal.riversidepaddlers.org.uk",
    ).split(",")
    if origin.strip()
]

app = FastAPI(title="Events calendar")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


@app.get("/events")
def upcoming(from_date: date | None = None, limit: int = 50) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, title, starts_at, location, capacity FROM events "
                "WHERE starts_at >= :d ORDER BY starts_at LIMIT :n"
            ),
            {"d": from_date or date.today(), "n": min(limit, 200)},
        ).mappings().all()
    return [dict(r) for r in rows]


@app.delete("/events/{event_id}/signups/me", status_code=204)
def withdraw(event_id: int, paddlers_sid: str | None = Cookie(default=None)) -> None:
    member = member_for_session(paddlers_sid)
    if member is None:
        raise HTTPException(status_code=401)
    with engine.begin() as conn:
        conn.execute(
            text("DELETE FROM event_signups WHERE event_id = :e AND member_id = :m"),
            {"e": event_id, "m": member.id},
        )
