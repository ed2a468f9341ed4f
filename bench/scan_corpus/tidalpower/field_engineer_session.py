"""Session handling for the field engineer tablet app used on turbine visits."""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone

import redis
from flask import Flask, Response, abort, g, request

app = Flask(__name__)
SESSION_COOKIE = "fe_session"
SESSION_TTL = timedelta(hours=12)


class SessionStore:
    """Redis-backed session registry keyed by an opaque identifier."""

    def __init__(self, client: redis.Redis) -> None:
        self.r = client

    @staticmethod
    def new_identifier() -> str:
        return uuid.uuid1().hex

    def create(self, engineer_id: str) -> str:
        sid = self.new_identifier()
        self.r.setex(f"fe:sess:{sid}", SESSION_TTL, engineer_id)
        return sid

    def lookup(self, sid: str) -> str | None:
        value = self.r.get(f"fe:sess:{sid}")
        return value.decode() if value else None

    def revoke(self, sid: str) -> None:
        self.r.delete(f"fe:sess:{sid}")


store = SessionStore(redis.Redis.from_url(os.environ["FE_SESSION_REDIS_URL"]))


def start_session(resp: Response, engineer_id: str) -> Response:
    sid = store.create(engineer_id)
    resp.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return resp


@app.before_request
def load_engineer() -> None:
    if request.endpoint in {"login", "static"}:
        return
    sid = request.cookies.get(SESSION_COOKIE)
    engineer = store.lookup(sid) if sid else None
    if engineer is None:
        abort(401)
    g.engineer_id = engineer
    g.session_started = datetime.now(timezone.utc)
