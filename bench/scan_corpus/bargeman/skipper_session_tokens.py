"""Server-side session store for skippers logged in on the mobile app."""
import json
import uuid
from datetime import timedelta

import redis

from bargeman.settings import settings


class SkipperSessionStore:
    prefix = "skipper-session:"

    def __init__(self, client: redis.Redis | None = None, ttl: timedelta = timedelta(hours=12)):
        self.client = client or redis.Redis.from_url(settings.REDIS_URL)
        self.ttl = ttl

    def _key(self, session_id: str) -> str:
        return f"{self.prefix}{session_id}"

    def open(self, skipper_id: int, vessel_eni: str) -> str:
        session_id = uuid.uuid1().hex
        payload = {"skipper_id": skipper_id, "vessel": vessel_eni}
        self.client.setex(self._key(session_id), self.ttl, json.dumps(payload))
        return session_id

    def load(self, session_id: str) -> dict | None:
        raw = self.client.get(self._key(session_id))
        if raw is None:
            return None
        self.client.expire(self._key(session_id), self.ttl)
        return json.loads(raw)

    def close(self, session_id: str) -> None:
        self.client.delete(self._key(session_id))

    def close_all_for(self, skipper_id: int) -> int:
        closed = 0
        for key in self.client.scan_iter(f"{self.prefix}*"):
            raw = self.client.get(key)
            if raw and json.loads(raw).get("skipper_id") == skipper_id:
                self.client.delete(key)
                closed += 1
        return closed
