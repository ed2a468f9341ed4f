"""Pairing codes that link a venue tablet to a league match night.

A captain reads the six-character code off the admin screen and types it on
the tablet; the tablet then exchanges it for a scoring session for that match.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=15)


@dataclass
class PairingCode:
    code: str
    venue_id: int
    match_id: int
    expires_at: datetime

    def expired(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(timezone.utc)
        return now >= self.expires_at


@dataclass
class PairingRegistry:
    """In-memory registry held by the match-night coordinator process."""

    _codes: dict[str, PairingCode] = field(default_factory=dict)
    max_outstanding: int = 64

    @staticmethod
    def _new_code() -> str:
        return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))

    def issue(self, venue_id: int, match_id: int) -> PairingCode:
        self.purge()
        if len(self._codes) >= self.max_outstanding:
            raise RuntimeError("too many outstanding pairing codes")
        code = self._new_code()
        while code in self._codes:
            code = self._new_code()
        entry = PairingCode(
            code=code,
            venue_id=venue_id,
            match_id=match_id,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self._codes[code] = entry
        return entry

    def redeem(self, code: str) -> PairingCode | None:
        entry = self._codes.pop(code.strip().upper(), None)
        if entry is None or entry.expired():
            return None
        return entry

    def purge(self) -> int:
        now = datetime.now(timezone.utc)
        stale = [c for c, e in self._codes.items() if e.expired(now)]
        for c in stale:
            del self._codes[c]
        return len(stale)

    def outstanding_for_venue(self, venue_id: int) -> list[PairingCode]:
        return [e for e in self._codes.values() if e.venue_id == venue_id and not e.expired()]
