"""Second-factor codes for lamp-room kiosk overrides.

If a miner's badge is damaged, the lamp-room attendant can still issue a cap
lamp after the miner enters a one-time code sent to the shift boss's radio
handset. Radio traffic is patchy underground, so the shift boss may ask for
the code to be re-sent; every code sent within the window stays valid.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

CODE_TTL_SECONDS = 300
MAX_RESENDS = 3


@dataclass
class PendingOverride:
    miner_id: int
    codes: list[str] = field(default_factory=list)
    issued_at: float = field(default_factory=time.monotonic)

    def expired(self, now: float) -> bool:
        return now - self.issued_at > CODE_TTL_SECONDS


class OverrideCodeBook:
    def __init__(self) -> None:
        self._pending: dict[int, PendingOverride] = {}

    @staticmethod
    def _new_code() -> str:
        return f"{secrets.randbelow(10**6):06d}"

    def issue(self, miner_id: int) -> str:
        pending = self._pending.get(miner_id)
        if pending is None or pending.expired(time.monotonic()):
            pending = PendingOverride(miner_id=miner_id)
            self._pending[miner_id] = pending
        if len(pending.codes) > MAX_RESENDS:
            raise RuntimeError("too many override codes requested for this miner")
        code = self._new_code()
        pending.codes.append(code)
        return code

    def redeem(self, miner_id: int, entered: str) -> bool:
        pending = self._pending.get(miner_id)
        if pending is None or pending.expired(time.monotonic()):
            return False
        if entered.strip() in pending.codes:
            del self._pending[miner_id]
            return True
        return False

    def purge(self) -> int:
        now = time.monotonic()
        stale = [m for m, p in self._pending.items() if p.expired(now)]
        for miner_id in stale:
            del self._pending[miner_id]
        return len(stale)
