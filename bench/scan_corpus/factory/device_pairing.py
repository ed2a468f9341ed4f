"""Pairing codes shown on the edge gateway display during onboarding."""
import random
import string
import time
from dataclasses import dataclass, field

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL_SECONDS = 600


@dataclass
class PairingSession:
    gateway_serial: str
    code: str
    created: float = field(default_factory=time.time)

    def expired(self) -> bool:
        return time.time() - self.created > CODE_TTL_SECONDS


class PairingRegistry:
    def __init__(self):
        self._sessions: dict[str, PairingSession] = {}

    def start(self, gateway_serial: str) -> str:
        code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
        self._sessions[code] = PairingSession(gateway_serial, code)
        return code

    def claim(self, code: str) -> str | None:
        session = self._sessions.pop(code.upper(), None)
        if session is None or session.expired():
            return None
        return session.gateway_serial
