"""One-time pairing codes shown on a robot's HMI during commissioning.

The technician types the code into the console to bind the robot to a site.
"""
import hmac
import secrets
import time
from dataclasses import dataclass, field

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_TTL_S = 600
MAX_ATTEMPTS = 5


@dataclass
class PendingPairing:
    robot_serial: str
    code: str
    created: float = field(default_factory=time.monotonic)
    attempts: int = 0


class PairingRegistry:
    def __init__(self):
        self._pending: dict[str, PendingPairing] = {}

    def start(self, robot_serial: str) -> str:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        self._pending[robot_serial] = PendingPairing(robot_serial, code)
        return code

    def confirm(self, robot_serial: str, code: str) -> bool:
        entry = self._pending.get(robot_serial)
        if entry is None:
            return False
        if time.monotonic() - entry.created > CODE_TTL_S:
            del self._pending[robot_serial]
            return False
        entry.attempts += 1
        if entry.attempts > MAX_ATTEMPTS:
            del self._pending[robot_serial]
            return False
        candidate = code.strip().upper().replace("-", "").encode()
        if hmac.compare_digest(entry.code.encode(), candidate):
            del self._pending[robot_serial]
            return True
        return False
