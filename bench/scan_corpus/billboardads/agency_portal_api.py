"""Public API behind the agency booking single-page app.

The SPA is served from the agency portal domains and calls this API with
the session cookie, so cross-origin requests with credentials are allowed
for those origins only.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone

from fastapi import Cookie, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


@dataclass
class ApiSettings:
    allowed_origins: list[str] = field(default_factory=_origins_from_env)
    allowed_methods: tuple[str, ...] = ("GET", "POST", "PATCH", "DELETE")
    max_age_s: int = 600


settings = ApiSettings()
app = FastAPI(title="agency-portal-api")
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.allowed_origins,
    allow_credentials=True,
    allow_methods=list(settings.allowed_methods),
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=settings.max_age_s,
)


def _session_user(bp_session: str | None) -> int:
    if not bp_session:
        raise HTTPException(status_code=401, detail="not signed in")
    with sqlite3.connect(os.environ["PORTAL_DB"]) as conn:
        row = conn.execute(
            "SELECT user_id FROM portal_sessions WHERE token = ? AND expires_at > ?",
            (bp_session, datetime.now(timezone.utc).isoformat()),
        ).fetchone()
    if row is None:
        raise HTTPException(status_code=401, detail="session expired")
    return row[0]


@app.get("/api/availability")
def availability(market: str, week: str, bp_session: str | None = Cookie(default=None)) -> dict:
    _session_user(bp_session)
    return {"market": market, "week": week, "faces": []}


@app.post("/api/holds/{face_id}")
def place_hold(face_id: int, bp_session: str | None = Cookie(default=None)) -> dict:
    _session_user(bp_session)
    return {"face_id": face_id, "status": "held"}
