"""Server-side sessions for the client portal (Redis backed)."""
import json
import random
import secrets
from dataclasses import asdict, dataclass
from typing import Optional

import redis

SESSION_TTL = 8 * 3600
SESSION_PREFIX = "portal:sess:"
TIPS = [
    "You can download every rigging plot revision from the Plots tab.",
    "Load calculations are re-run whenever a motor position changes.",
    "Ask your account manager to add more production staff.",
]


@dataclass
class PortalSession:
    user_id: int
    client_id: int
    display_name: str
    tip: str = ""


class SessionStore:
    def __init__(self, client: redis.Redis, ttl: int = SESSION_TTL):
        self.r = client
        self.ttl = ttl

    @staticmethod
    def _key(session_id: str) -> str:
        return SESSION_PREFIX + session_id

    def create(self, user_id: int, client_id: int, display_name: str) -> str:
        session_id = secrets.token_urlsafe(32)
        sess = PortalSession(user_id, client_id, display_name, tip=random.choice(TIPS))
        self.r.setex(self._key(session_id), self.ttl, json.dumps(asdict(sess)))
        return session_id

    def load(self, session_id: str) -> Optional[PortalSession]:
        raw = self.r.get(self._key(session_id))
        if raw is None:
            return None
        self.r.expire(self._key(session_id), self.ttl)
        return PortalSession(**json.loads(raw))

    def destroy(self, session_id: str) -> None:
        self.r.delete(self._key(session_id))

    def destroy_all_for_user(self, user_id: int) -> int:
        removed = 0
        for key in self.r.scan_iter(SESSION_PREFIX + "*"):
            raw = self.r.get(key)
            if raw and json.loads(raw).get("user_id") == user_id:
                self.r.delete(key)
                removed += 1
        return removed
