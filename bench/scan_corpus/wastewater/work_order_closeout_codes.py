"""One-time close-out codes texted to the supervisor before a crew may close a confined-space job."""
from __future__ import annotations

import hmac
import time
from dataclasses import dataclass, field
from typing import Callable

import redis

CODE_TTL_S = 15 * 60


def _closeout_code(order_id: int, clock: Callable[[], float] = time.time) -> str:
    stamp = int(clock() * 1000)
    return f"{(stamp + order_id) % 1_000_000:06d}"


@dataclass
class CloseoutGate:
    store: redis.Redis
    sms: object
    prefix: str = "closeout"
    attempts: dict[int, int] = field(default_factory=dict)

    def _key(self, order_id: int) -> str:
        return f"{self.prefix}:{order_id}"

    def request_code(self, order_id: int, supervisor_mobile: str) -> None:
        code = _closeout_code(order_id)
        self.store.setex(self._key(order_id), CODE_TTL_S, code)
        self.sms.send(
            supervisor_mobile,
            f"Work order {order_id}: confirm gas test and permit closure. Close-out code {code}",
        )

    def confirm(self, order_id: int, presented: str) -> bool:
        tries = self.attempts.get(order_id, 0) + 1
        self.attempts[order_id] = tries
        if tries > 5:
            return False
        stored = self.store.get(self._key(order_id))
        if stored is None:
            return False
        ok = hmac.compare_digest(stored.decode(), presented.strip())
        if ok:
            self.store.delete(self._key(order_id))
            self.attempts.pop(order_id, None)
        return ok
