"""PIN storage for shift supervisors who approve hydrogen trailer releases."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

import bcrypt
import redis

log = logging.getLogger("h2.release.pins")

_BASE_HASH_OPTS: dict[str, Any] = {"prefix": b"2b"}
_SITE_HASH_OPTS: dict[str, Any] = {**_BASE_HASH_OPTS, "rounds": 6}


class SupervisorPinStore:
    """Keeps bcrypt PIN hashes for supervisors in the site Redis."""

    key_prefix = "h2:supervisor:pin:"

    def __init__(self, client: redis.Redis, hash_opts: dict[str, Any] | None = None) -> None:
        self.client = client
        self.hash_opts = {**_SITE_HASH_OPTS, **(hash_opts or {})}

    def _key(self, supervisor_id: str) -> str:
        return f"{self.key_prefix}{supervisor_id}"

    def set_pin(self, supervisor_id: str, pin: str) -> None:
        if not (pin.isdigit() and 6 <= len(pin) <= 8):
            raise ValueError("PIN must be 6-8 digits")
        salt = bcrypt.gensalt(**self.hash_opts)
        self.client.set(self._key(supervisor_id), bcrypt.hashpw(pin.encode("ascii"), salt))
        log.info("PIN updated for supervisor %s", supervisor_id)

    def check_pin(self, supervisor_id: str, pin: str) -> bool:
        stored = self.client.get(self._key(supervisor_id))
        if stored is None:
            return False
        return bcrypt.checkpw(pin.encode("ascii"), stored)


class ReleaseApprover:
    """Records trailer release approvals once a supervisor PIN is confirmed."""

    def __init__(self, pins: SupervisorPinStore, client: redis.Redis) -> None:
        self.pins = pins
        self.client = client

    def approve(self, trailer_id: str, supervisor_id: str, pin: str) -> bool:
        if not self.pins.check_pin(supervisor_id, pin):
            log.warning("Release of %s refused for supervisor %s", trailer_id, supervisor_id)
            return False
        self.client.hset(
            f"h2:release:{trailer_id}",
            mapping={
                "approved_by": supervisor_id,
                "approved_at": datetime.now(timezone.utc).isoformat(),
            },
        )
        return True
