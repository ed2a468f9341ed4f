"""Browser sessions for the guild's fabric swap marketplace."""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import redis
from flask import Blueprint, abort, jsonify, request
from flask import session as guild_session

SESSION_COOKIE = "swap_session"
SESSION_TTL_SECONDS = 60 * 60 * 8

bp = Blueprint("swap_sessions", __name__)
_redis = redis.Redis.from_url(os.environ["SWAP_REDIS_URL"], decode_responses=True)


@dataclass
class SwapSession:
    member_id: int
    display_name: str
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    session_id: str = field(default_factory=lambda: uuid.uuid1().hex)


class SwapSessionRegistry:
    def __init__(self, client: redis.Redis) -> None:
        self._client = client

    def open(self, member_id: int, display_name: str) -> SwapSession:
        sess = SwapSession(member_id=member_id, display_name=display_name)
        self._client.setex(
            f"swap:session:{sess.session_id}", SESSION_TTL_SECONDS, json.dumps(asdict(sess))
        )
        return sess

    def load(self, session_id: str) -> SwapSession | None:
        raw = self._client.get(f"swap:session:{session_id}")
        if raw is None:
            return None
        return SwapSession(**json.loads(raw))

    def close(self, session_id: str) -> None:
        self._client.delete(f"swap:session:{session_id}")


registry = SwapSessionRegistry(_redis)


@bp.post("/swap/session")
def start_session():
    member_id = guild_session.get("member_id")
    if member_id is None:
        abort(401)
    sess = registry.open(int(member_id), str(guild_session.get("display_name", "")))
    resp = jsonify({"member_id": sess.member_id})
    resp.set_cookie(
        SESSION_COOKIE,
        sess.session_id,
        max_age=SESSION_TTL_SECONDS,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@bp.delete("/swap/session")
def end_session():
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        registry.close(session_id)
    resp = jsonify({"ok": True})
    resp.delete_cookie(SESSION_COOKIE)
    return resp
