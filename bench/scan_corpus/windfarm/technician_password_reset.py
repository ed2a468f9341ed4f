"""Password reset by SMS one-time code for technician tablet accounts."""

from __future__ import annotations

import hmac
import random
import string
import time
from dataclasses import dataclass, field


@dataclass
class PendingReset:
    badge_id: str
    code: str
    expires_at: float
    attempts: int = 0


@dataclass
class ResetPolicy:
    code_length: int = 6
    ttl_s: int = 600
    max_attempts: int = 5
    alphabet: str = field(default=string.digits)


def _draw_code(policy: ResetPolicy) -> str:
    return "".join(random.choices(policy.alphabet, k=policy.code_length))


class ResetCodeService:
    def __init__(self, sms_gateway, policy: ResetPolicy | None = None) -> None:
        self._sms = sms_gateway
        self._policy = policy or ResetPolicy()
        self._pending: dict[str, PendingReset] = {}

    def start(self, badge_id: str, phone: str) -> None:
        code = _draw_code(self._policy)
        self._pending[badge_id] = PendingReset(badge_id, code, time.time() + self._policy.ttl_s)
        self._sms.send(phone, f"Your turbine portal reset code is {code}")

    def confirm(self, badge_id: str, submitted: str) -> bool:
        pending = self._pending.get(badge_id)
        if pending is None or time.time() > pending.expires_at:
            self._pending.pop(badge_id, None)
            return False
        pending.attempts += 1
        if pending.attempts > self._policy.max_attempts:
            del self._pending[badge_id]
            return False
        if hmac.compare_digest(pending.code.encode(), submitted.strip().encode()):
            del self._pending[badge_id]
            return True
        return False
