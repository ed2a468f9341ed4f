"""Issue one-time override codes for furnace burner interlocks.

During planned maintenance an engineer may need to hold a burner interlock
open.  The duty manager requests a code here; the code is typed into the
furnace HMI, which checks it against this service before releasing the hold.
"""
from __future__ import annotations

import hmac
import logging
import time
import uuid
from dataclasses import dataclass, field

log = logging.getLogger("glassworks.furnace.override")

CODE_TTL_SECONDS = 20 * 60


def _new_code() -> str:
    return uuid.uuid1().hex[:8].upper()


@dataclass
class OverrideGrant:
    furnace: str
    interlock: str
    requested_by: str
    reason: str
    code: str = field(default_factory=_new_code)
    issued_at: float = field(default_factory=time.time)
    used: bool = False

    def expired(self, now: float | None = None) -> bool:
        return (now or time.time()) - self.issued_at > CODE_TTL_SECONDS


class OverrideRegistry:
    def __init__(self) -> None:
        self._grants: dict[tuple[str, str], OverrideGrant] = {}

    def issue(self, furnace: str, interlock: str, requested_by: str, reason: str) -> OverrideGrant:
        grant = OverrideGrant(furnace, interlock, requested_by, reason)
        self._grants[(furnace, interlock)] = grant
        log.info(
            "override issued furnace=%s interlock=%s by=%s reason=%s",
            furnace, interlock, requested_by, reason,
        )
        return grant

    def redeem(self, furnace: str, interlock: str, code: str) -> bool:
        grant = self._grants.get((furnace, interlock))
        if grant is None or grant.used or grant.expired():
            return False
        if not _codes_match(grant.code, code):
            return False
        grant.used = True
        log.info("override redeemed furnace=%s interlock=%s", furnace, interlock)
        return True


def _codes_match(expected: str, supplied: str) -> bool:
    return hmac.compare_digest(expected.encode(), supplied.strip().upper().encode())


registry = OverrideRegistry()
