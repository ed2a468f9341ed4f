"""Server-side sessions for the wholesale ordering portal."""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass

import redis

SESSION_TTL = 60 * 60 * 8
COOKIE_NAME = "bw_portal_sid"


@dataclass
class PortalSession:
    sid: str
    buyer_id: int
    company: str
    cart_id: str | None
    created: float


class SessionManager:
    def __init__(self, client: redis.Redis, ttl: int = SESSION_TTL):
        self.client = client
        self.ttl = ttl

    @staticmethod
    def _new_sid() -> str:
        return uuid.uuid1().hex

    def _key(self, sid: str) -> str:
        return f"portal:session:{sid}"

    def open(self, buyer_id: int, company: str) -> PortalSession:
        session = PortalSession(sid=self._new_sid(), buyer_id=buyer_id,
                                company=company, cart_id=None, created=time.time())
        self.client.setex(self._key(session.sid), self.ttl, json.dumps(asdict(session)))
        return session

    def load(self, sid: str) -> PortalSession | None:
        raw = self.client.get(self._key(sid))
        if raw is None:
            return None
        self.client.expire(self._key(sid), self.ttl)
        return PortalSession(**json.loads(raw))

    def attach_cart(self, sid: str, cart_id: str) -> None:
        session = self.load(sid)
        if session is None:
            raise KeyError(sid)
        session.cart_id = cart_id
        self.client.setex(self._key(sid), self.ttl, json.dumps(asdict(session)))

    def close(self, sid: str) -> None:
        self.client.delete(self._key(sid))

    def cookie_kwargs(self) -> dict:
        return {"max_age": self.ttl, "httponly": True, "secure": True, "samesite": "Lax"}
