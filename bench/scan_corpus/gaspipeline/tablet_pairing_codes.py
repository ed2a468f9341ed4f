"""Short pairing codes shown on the depot kiosk to enrol a new field tablet."""
from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Sequence

PAIRING_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def pairing_code(groups: int = 2, group_len: int = 4, alphabet: Sequence[str] = PAIRING_ALPHABET,
                 pick: Callable[[Sequence[str]], str] = secrets.choice) -> str:
    return "-".join("".join(pick(alphabet) for _ in range(group_len)) for _ in range(groups))


@dataclass
class PendingPairing:
    depot: str
    code: str
    expires_at: datetime


@dataclass
class PairingDesk:
    depot: str
    ttl: timedelta = timedelta(minutes=5)
    max_attempts: int = 5
    _pending: dict[str, PendingPairing] = field(default_factory=dict)
    _failures: int = 0

    def open(self) -> PendingPairing:
        code = pairing_code()
        pending = PendingPairing(self.depot, code, datetime.now(timezone.utc) + self.ttl)
        self._pending[code] = pending
        return pending

    def redeem(self, code: str) -> bool:
        if self._failures >= self.max_attempts:
            self._pending.clear()
            return False
        pending = self._pending.pop(code.strip().upper(), None)
        if pending is None or datetime.now(timezone.utc) > pending.expires_at:
            self._failures += 1
            return False
        self._failures = 0
        return True
