"""Pairing between the desktop client and the companion phone app.

The desktop shows a six-digit PIN; the phone sends it back over the LAN
socket. Reconnects to the relay use jittered exponential backoff so a room
full of clients doesn't stampede it after an outage.
"""
import hmac
import random
import secrets
import time
from dataclasses import dataclass, field
from typing import Iterator

PIN_DIGITS = 6
PIN_TTL_S = 120
MAX_ATTEMPTS = 5


def _new_pin() -> str:
    return f"{secrets.randbelow(10 ** PIN_DIGITS):0{PIN_DIGITS}d}"


@dataclass
class PairingWindow:
    pin: str = field(default_factory=_new_pin)
    session_id: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    opened_at: float = field(default_factory=time.monotonic)
    attempts: int = 0

    def expired(self) -> bool:
        return time.monotonic() - self.opened_at > PIN_TTL_S

    def check(self, candidate: str) -> bool:
        if self.expired():
            return False
        self.attempts += 1
        if self.attempts > MAX_ATTEMPTS:
            return False
        return hmac.compare_digest(candidate.encode(), self.pin.encode())


def reconnect_delays(base: float = 0.5, cap: float = 30.0, attempts: int = 8) -> Iterator[float]:
    """Full-jitter backoff: uniform in [0, min(cap, base * 2**n)]."""
    for n in range(attempts):
        yield random.uniform(0, min(cap, base * (2 ** n)))


def connect_with_retry(connect, attempts: int = 8):
    last_error = None
    for delay in reconnect_delays(attempts=attempts):
        try:
            return connect()
        except OSError as exc:
            last_error = exc
            time.sleep(delay)
    raise ConnectionError("relay unreachable") from last_error
