"""Session handling for the buyer portal.

Sessions are stored server-side in Redis so that the sales office can see who
is signed in and end a buyer's sessions when an account is put on stop.
"""
import json
import random
import secrets
from datetime import timedelta

import redis
from flask import Flask, g, request

SESSION_COOKIE = "tanyard_portal"
SESSION_TTL = timedelta(hours=8)


class PortalSessions:
    def __init__(self, client: redis.Redis):
        self.client = client

    def _key(self, sid: str) -> str:
        return f"portal:session:{sid}"

    def create(self, buyer_id: int, trading_name: str) -> str:
        sid = secrets.token_urlsafe(32)
        ttl = int(SESSION_TTL.total_seconds()) + random.randint(0, 300)
        record = json.dumps({"buyer_id": buyer_id, "name": trading_name})
        self.client.setex(self._key(sid), ttl, record)
        self.client.sadd(f"portal:buyer:{buyer_id}", sid)
        return sid

    def load(self, sid: str) -> dict | None:
        raw = self.client.get(self._key(sid))
        return json.loads(raw) if raw else None

    def end_all_for_buyer(self, buyer_id: int) -> int:
        sids = self.client.smembers(f"portal:buyer:{buyer_id}")
        for sid in sids:
            self.client.delete(self._key(sid.decode()))
        self.client.delete(f"portal:buyer:{buyer_id}")
        return len(sids)


def attach(app: Flask, sessions: PortalSessions) -> None:
    @app.before_request
    def _load_buyer():
        sid = request.cookies.get(SESSION_COOKIE)
        g.buyer = sessions.load(sid) if sid else None

    app.extensions["portal_sessions"] = sessions


def set_session_cookie(response, sid: str):
    response.set_cookie(
        SESSION_COOKIE,
        sid,
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response
