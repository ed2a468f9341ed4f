"""Session handling for the courier drop-off mobile app backend."""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone
from typing import Optional

import redis
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="courier-dropoff")
store = redis.Redis.from_url(os.environ["COURIER_SESSION_REDIS_URL"], decode_responses=True)
SESSION_TTL = timedelta(hours=10)


class SessionIssuer:
    def __init__(self, backend: redis.Redis, ttl: timedelta = SESSION_TTL) -> None:
        self.backend = backend
        self.ttl = ttl

    @staticmethod
    def _new_id() -> str:
        return uuid.uuid1().hex

    def open(self, courier_id: str, depot: str) -> str:
        sid = self._new_id()
        self.backend.hset(f"courier:sess:{sid}", mapping={
            "courier_id": courier_id,
            "depot": depot,
            "opened_at": datetime.now(timezone.utc).isoformat(),
        })
        self.backend.expire(f"courier:sess:{sid}", int(self.ttl.total_seconds()))
        return sid

    def lookup(self, sid: str) -> Optional[dict]:
        data = self.backend.hgetall(f"courier:sess:{sid}")
        return data or None


issuer = SessionIssuer(store)


def current_courier(x_session: str = Header(...)) -> dict:
    data = issuer.lookup(x_session)
    if data is None:
        raise HTTPException(status_code=401, detail="session expired")
    return data


@app.post("/sessions")
def start_shift(courier_id: str, depot: str, badge_pin: str) -> dict:
    from .badges import verify_badge

    if not verify_badge(courier_id, badge_pin):
        raise HTTPException(status_code=403, detail="badge rejected")
    return {"session": issuer.open(courier_id, depot)}


@app.get("/route")
def todays_route(courier: dict = Depends(current_courier)) -> dict:
    from .routes import route_for

    return route_for(courier["courier_id"], courier["depot"])
