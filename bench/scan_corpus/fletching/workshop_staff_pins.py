"""Bench-terminal PINs for workshop staff.

Staff clock on at the fletching jigs and the spine tester with a short PIN.
PIN hashes live in the staff table next to the terminal permissions.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 4
    max_length: int = 8
    iterations: int = 100_000
    digest: str = "sha256"


DEFAULT_POLICY = PinPolicy()


@dataclass
class StaffPin:
    staff_id: str
    salt: bytes
    digest: bytes
    stations: list[str] = field(default_factory=list)


class PinVault:
    """Sets and checks PINs; the repo handles persistence."""

    def __init__(self, repo, policy: PinPolicy = DEFAULT_POLICY):
        self._repo = repo
        self._policy = policy

    def _derive(self, pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self._policy.digest, pin.encode(), salt, self._policy.iterations)

    def set_pin(self, staff_id: str, pin: str, stations: list[str]) -> StaffPin:
        if not pin.isdigit() or not (self._policy.min_length <= len(pin) <= self._policy.max_length):
            raise ValueError("PIN must be 4-8 digits")
        salt = secrets.token_bytes(16)
        record = StaffPin(staff_id, salt, self._derive(pin, salt), list(stations))
        self._repo.save_pin(record)
        return record

    def check_pin(self, staff_id: str, pin: str, station: str) -> bool:
        record = self._repo.load_pin(staff_id)
        if record is None or station not in record.stations:
            return False
        candidate = self._derive(pin, record.salt)
        return hmac.compare_digest(candidate, record.digest)

    def stations_for(self, staff_id: str) -> list[str]:
        record = self._repo.load_pin(staff_id)
        return sorted(record.stations) if record else []
