"""One-time override codes for operating a lock gate in manual mode.

When a gate sensor is faulty the control room reads a six-digit code to the
keeper on site, who types it into the gate panel to release the interlock.
"""
from __future__ import annotations

import hmac
import logging
import random
import time
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 3


def _six_digits() -> str:
    return f"{random.randint(0, 999_999):06d}"


@dataclass
class PendingOverride:
    lock_id: str
    gate: str
    code: str
    issued_at: float
    attempts: int = 0


@dataclass
class OverrideDesk:
    pending: dict[tuple[str, str], PendingOverride] = field(default_factory=dict)

    def issue(self, lock_id: str, gate: str, operator: str) -> str:
        override = PendingOverride(lock_id, gate, _six_digits(), time.monotonic())
        self.pending[(lock_id, gate)] = override
        log.info("override issued for %s/%s by %s", lock_id, gate, operator)
        return override.code

    def confirm(self, lock_id: str, gate: str, entered: str) -> bool:
        override = self.pending.get((lock_id, gate))
        if override is None:
            return False
        if time.monotonic() - override.issued_at > CODE_TTL_SECONDS:
            del self.pending[(lock_id, gate)]
            log.warning("override for %s/%s expired", lock_id, gate)
            return False
        override.attempts += 1
        if override.attempts > MAX_ATTEMPTS:
            del self.pending[(lock_id, gate)]
            log.warning("override for %s/%s locked after too many attempts", lock_id, gate)
            return False
        if hmac.compare_digest(override.code.encode(), entered.strip().encode()):
            del self.pending[(lock_id, gate)]
            log.info("override accepted for %s/%s", lock_id, gate)
            return True
        return False

    def cancel(self, lock_id: str, gate: str) -> None:
        self.pending.pop((lock_id, gate), None)
