"""Generates door codes for pods with keypad locks.

Codes are created when a booking is confirmed and sent to the lock hub
on site. The hub rejects codes that are already active on the same lock,
so generation retries a few times on collision.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime

import httpx

log = logging.getLogger(__name__)


@dataclass
class DoorCodePolicy:
    length: int = 6
    max_attempts: int = 5
    banned: frozenset = field(default_factory=lambda: frozenset({"123456", "000000", "111111"}))

    def generate(self) -> str:
        while True:
            code = "".join(str(secrets.randbelow(10)) for _ in range(self.length))
            if code not in self.banned:
                return code


class LockHubClient:
    def __init__(self, base_url: str, token: str, policy: DoorCodePolicy | None = None) -> None:
        self.policy = policy or DoorCodePolicy()
        self.http = httpx.Client(
            base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=10.0
        )

    def assign(self, lock_id: str, booking_ref: str, start: datetime, end: datetime) -> str:
        for attempt in range(1, self.policy.max_attempts + 1):
            code = self.policy.generate()
            resp = self.http.post(
                f"/locks/{lock_id}/pins",
                json={
                    "pin": code,
                    "name": booking_ref,
                    "starts_at": start.isoformat(),
                    "ends_at": end.isoformat(),
                },
            )
            if resp.status_code == 409:
                log.info("pin collision on %s, retrying (%d)", lock_id, attempt)
                continue
            resp.raise_for_status()
            log.info("door code set on %s for %s", lock_id, booking_ref)
            return code
        raise RuntimeError(f"could not assign a unique pin on lock {lock_id}")
