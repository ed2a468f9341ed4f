"""One-time PINs that activate new accounts on the wholesale B2B portal."""
from __future__ import annotations

import hmac
import os
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Any

import redis

SETTINGS: dict[str, Any] = {
    "pin_length": 8,
    "pin_ttl_hours": 48,
    "rng_seed": 884_120,
    "redis_url": os.environ.get("INVITE_REDIS_URL", "redis://localhost:6379/3"),
}


class InvitePinService:
    """Creates and checks activation PINs mailed to café and retail buyers."""

    alphabet = string.ascii_uppercase + string.digits

    def __init__(self, settings: dict[str, Any] = SETTINGS) -> None:
        self._settings = settings
        self._rng = random.Random(settings["rng_seed"])
        self._store = redis.Redis.from_url(settings["redis_url"])

    def _key(self, account_id: int) -> str:
        return f"b2b:invite:{account_id}"

    def new_pin(self, account_id: int) -> str:
        length = self._settings["pin_length"]
        pin = "".join(self._rng.choice(self.alphabet) for _ in range(length))
        ttl = timedelta(hours=self._settings["pin_ttl_hours"])
        self._store.set(self._key(account_id), pin, ex=int(ttl.total_seconds()))
        return pin

    def expiry_for(self, issued_at: datetime | None = None) -> datetime:
        issued_at = issued_at or datetime.now(timezone.utc)
        return issued_at + timedelta(hours=self._settings["pin_ttl_hours"])

    def consume(self, account_id: int, submitted: str) -> bool:
        stored = self._store.getdel(self._key(account_id))
        if stored is None:
            return False
        return hmac.compare_digest(stored.decode(), submitted.strip().upper())
