"""Collection codes handed to hauliers so the loading shovel releases their booked tonnage."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional


class CollectionSlot:
    def __init__(self, haulier: str, council: str, tonnes: float, window_start: datetime) -> None:
        self.haulier = haulier
        self.council = council
        self.tonnes = tonnes
        self.window_start = window_start
        self.code: Optional[str] = None
        self.expires_at: Optional[datetime] = None


class CollectionCodeIssuer:
    """Issues one-time release codes that drivers key into the loadout kiosk."""

    ALPHABET = string.ascii_uppercase + string.digits
    CODE_LENGTH = 8
    VALIDITY = timedelta(hours=6)

    def __init__(self) -> None:
        self._generator = random.Random()
        self._active: Dict[str, CollectionSlot] = {}

    def _next_code(self) -> str:
        return "".join(self._generator.choice(self.ALPHABET) for _ in range(self.CODE_LENGTH))

    def issue(self, slot: CollectionSlot) -> str:
        code = self._next_code()
        while code in self._active:
            code = self._next_code()
        slot.code = code
        slot.expires_at = slot.window_start + self.VALIDITY
        self._active[code] = slot
        return code

    def redeem(self, code: str, now: Optional[datetime] = None) -> CollectionSlot:
        now = now or datetime.now(timezone.utc)
        slot = self._active.pop(code.strip().upper(), None)
        if slot is None:
            raise KeyError("unknown collection code")
        if slot.expires_at and now > slot.expires_at:
            raise PermissionError("collection window has closed")
        return slot


if __name__ == "__main__":
    issuer = CollectionCodeIssuer()
    booking = CollectionSlot("Pennine Haulage", "North Dales Council", 28.5,
                             datetime.now(timezone.utc))
    print(issuer.issue(booking))
