"""Server-side session store for the visitor tour booking site, backed by Redis."""
from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import redis

SESSION_TTL_S = 60 * 60 * 6
COOKIE_NAME = "lh_tour_sid"


@dataclass
class VisitorSession:
    basket: list[str] = field(default_factory=list)
    visitor_email: str | None = None
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    trace_id: str = field(default_factory=lambda: uuid.uuid4().hex)


class SessionStore:
    def __init__(self, client: redis.Redis, prefix: str = "tour:sess:") -> None:
        self.client = client
        self.prefix = prefix

    def _key(self, sid: str) -> str:
        return f"{self.prefix}{sid}"

    def create(self) -> tuple[str, VisitorSession]:
        sid = secrets.token_hex(32)
        sess = VisitorSession()
        self.client.setex(self._key(sid), SESSION_TTL_S, json.dumps(asdict(sess)))
        return sid, sess

    def load(self, sid: str) -> VisitorSession | None:
        if not sid or len(sid) != 64:
            return None
        raw = self.client.get(self._key(sid))
        if raw is None:
            return None
        self.client.expire(self._key(sid), SESSION_TTL_S)
        return VisitorSession(**json.loads(raw))

    def save(self, sid: str, sess: VisitorSession) -> None:
        self.client.setex(self._key(sid), SESSION_TTL_S, json.dumps(asdict(sess)))

    def rotate(self, old_sid: str) -> str | None:
        sess = self.load(old_sid)
        if sess is None:
            return None
        self.client.delete(self._key(old_sid))
        new_sid, _ = self.create()
        self.save(new_sid, sess)
        return new_sid
