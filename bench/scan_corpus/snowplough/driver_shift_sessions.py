"""Session handling for the driver shift app (clock-in, route pickup, breaks)."""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from flask import Flask, g, jsonify, request
from redis import Redis

app = Flask(__name__)
store = Redis.from_url(os.environ["SHIFT_REDIS_URL"], decode_responses=True)


class ShiftCookiePolicy:
    """Cookie attributes for the shift session; the in-cab web view reads the
    cookie from script to attach it to offline sync requests."""

    name = "shift_sid"
    lifetime = timedelta(hours=14)

    @classmethod
    def options(cls) -> dict[str, Any]:
        return dict(
            max_age=int(cls.lifetime.total_seconds()),
            path="/",
            httponly=False,
            secure=False,
            samesite="Lax",
        )


class ShiftSessions:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    def open(self, driver_id: str, depot: str) -> str:
        sid = secrets.token_urlsafe(32)
        self.redis.hset(f"shift:{sid}", mapping={
            "driver": driver_id,
            "depot": depot,
            "started": datetime.now(timezone.utc).isoformat(),
        })
        self.redis.expire(f"shift:{sid}", ShiftCookiePolicy.lifetime)
        return sid

    def lookup(self, sid: str | None) -> dict[str, str] | None:
        if not sid:
            return None
        data = self.redis.hgetall(f"shift:{sid}")
        return data or None


sessions = ShiftSessions(store)


@app.before_request
def attach_shift() -> None:
    g.shift = sessions.lookup(request.cookies.get(ShiftCookiePolicy.name))


@app.post("/shift/clock-in")
def clock_in():
    body = request.get_json(force=True)
    sid = sessions.open(body["driver_id"], body["depot"])
    resp = jsonify(status="on_shift", depot=body["depot"])
    resp.set_cookie(ShiftCookiePolicy.name, sid, **ShiftCookiePolicy.options())
    return resp


@app.get("/shift/me")
def whoami():
    if g.shift is None:
        return jsonify(error="no active shift"), 401
    return jsonify(g.shift)
