"""Session handling for the delivery drivers' van app."""
from __future__ import annotations

import random
import secrets
import time
import uuid
from dataclasses import dataclass, field

import redis

SESSION_TTL_S = 12 * 3600
REFRESH_BASE_S = 600


@dataclass
class DriverSession:
    session_id: str
    driver_id: int
    device_id: str
    run_id: int | None = None
    created: float = field(default_factory=time.time)


class DriverSessionStore:
    def __init__(self, client: redis.Redis, prefix: str = "drv:sess:") -> None:
        self.r = client
        self.prefix = prefix

    def register_device(self) -> str:
        return str(uuid.uuid4())

    def open(self, driver_id: int, device_id: str, run_id: int | None = None) -> DriverSession:
        sess = DriverSession(secrets.token_urlsafe(32), driver_id, device_id, run_id)
        self.r.hset(
            self.prefix + sess.session_id,
            mapping={"driver": driver_id, "device": device_id, "run": run_id or "", "created": sess.created},
        )
        self.r.expire(self.prefix + sess.session_id, SESSION_TTL_S)
        return sess

    def close(self, session_id: str) -> None:
        self.r.delete(self.prefix + session_id)

    @staticmethod
    def next_refresh_in() -> float:
        # Spread token refreshes so forty vans leaving the yard at 7am don't all hit us at once.
        return REFRESH_BASE_S + random.uniform(0, REFRESH_BASE_S / 4)
