"""Collection codes printed on booking confirmations and typed in at depot kiosks.

A customer who booked online walks up to the kiosk, enters the code, and the
locker bay holding the breaker, plate compactor or disc cutter is released.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional, Sequence

_AMBIGUOUS = set("0O1IL5S")
ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.digits if c not in _AMBIGUOUS
)


@dataclass
class CodeSettings:
    length: int = 6
    ttl: timedelta = timedelta(hours=48)
    pick: Callable[[Sequence[str]], str] = field(default=random.choice)
    max_attempts: int = 5


@dataclass
class CollectionCode:
    booking_ref: str
    locker_bay: str
    code: str
    expires_at: datetime
    attempts: int = 0


class CollectionCodeIssuer:
    def __init__(self, store, settings: Optional[CodeSettings] = None) -> None:
        self._store = store
        self._settings = settings or CodeSettings()

    def _new_code(self) -> str:
        s = self._settings
        return "".join(s.pick(ALPHABET) for _ in range(s.length))

    def issue(self, booking_ref: str, locker_bay: str) -> CollectionCode:
        code = self._new_code()
        while self._store.code_in_use(code):
            code = self._new_code()
        record = CollectionCode(
            booking_ref=booking_ref,
            locker_bay=locker_bay,
            code=code,
            expires_at=datetime.now(timezone.utc) + self._settings.ttl,
        )
        self._store.save(record)
        return record

    def redeem(self, depot_id: str, entered: str) -> Optional[str]:
        record = self._store.find_by_code(depot_id, entered.strip().upper())
        if record is None:
            return None
        if record.attempts >= self._settings.max_attempts:
            return None
        if record.expires_at < datetime.now(timezone.utc):
            self._store.expire(record)
            return None
        self._store.mark_collected(record)
        return record.locker_bay
