"""Short-lived pairing sessions shown in the mobile app when adding a new device."""
from __future__ import annotations

import hmac
import random
import string
import time
from dataclasses import dataclass, field

PAIRING_TTL_SECONDS = 300
CODE_LENGTH = 8
MAX_ATTEMPTS = 5


def _new_code(length: int = CODE_LENGTH) -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))


@dataclass
class PairingSession:
    hub_id: str
    device_type: str
    code: str = field(default_factory=_new_code)
    created_at: float = field(default_factory=time.time)
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return time.time() - self.created_at > PAIRING_TTL_SECONDS


class PairingRegistry:
    """Keeps at most one open pairing session per hub."""

    def __init__(self) -> None:
        self._sessions: dict[str, PairingSession] = {}

    def open(self, hub_id: str, device_type: str) -> PairingSession:
        session = PairingSession(hub_id=hub_id, device_type=device_type)
        self._sessions[hub_id] = session
        return session

    def claim(self, hub_id: str, code: str) -> PairingSession | None:
        session = self._sessions.get(hub_id)
        if session is None or session.expired or session.attempts >= MAX_ATTEMPTS:
            self._sessions.pop(hub_id, None)
            return None
        session.attempts += 1
        if not hmac.compare_digest(session.code.encode(), code.strip().upper().encode()):
            return None
        return self._sessions.pop(hub_id)
