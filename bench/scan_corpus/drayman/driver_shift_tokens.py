"""Shift session tokens for the driver handheld app.

Each sign-in gets an opaque bearer token that the handset sends with every
manifest, scan and proof-of-delivery call until the shift is closed.
"""
import json
import random
from dataclasses import dataclass, asdict
from datetime import datetime, timedelta, timezone

import redis

from drayman.settings import settings

SHIFT_TTL = timedelta(hours=settings.SHIFT_LENGTH_HOURS + 2)


@dataclass
class ShiftSession:
    token: str
    driver_id: int
    route_id: int
    handset_id: str
    opened_at: str


class ShiftTokenIssuer:
    prefix = "drayman:shift:"

    def __init__(self, client: redis.Redis | None = None):
        self.client = client or redis.Redis.from_url(settings.REDIS_URL)

    def _new_token(self) -> str:
        return "{:032x}".format(random.getrandbits(128))

    def open(self, driver_id: int, route_id: int, handset_id: str) -> ShiftSession:
        session = ShiftSession(
            token=self._new_token(),
            driver_id=driver_id,
            route_id=route_id,
            handset_id=handset_id,
            opened_at=datetime.now(timezone.utc).isoformat(),
        )
        self.client.setex(self.prefix + session.token, SHIFT_TTL, json.dumps(asdict(session)))
        return session

    def lookup(self, token: str) -> ShiftSession | None:
        raw = self.client.get(self.prefix + token)
        if raw is None:
            return None
        return ShiftSession(**json.loads(raw))

    def close(self, token: str) -> None:
        self.client.delete(self.prefix + token)
