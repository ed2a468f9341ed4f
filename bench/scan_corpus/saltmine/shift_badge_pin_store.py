"""Badge PIN enrolment and checks for the underground shift access turnstiles."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional, Protocol


class PinRepository(Protocol):
    def get(self, badge_id: str) -> Optional[dict]: ...
    def put(self, badge_id: str, record: dict) -> None: ...


@dataclass(frozen=True)
class PinHashSettings:
    digest: str = "sha256"
    rounds: int = 12_000
    salt_bytes: int = 16


@dataclass
class AccessControlConfig:
    site_code: str = "HRS-SHAFT2"
    pin_hashing: PinHashSettings = field(default_factory=PinHashSettings)
    max_failed_attempts: int = 5


class BadgePinStore:
    """Stores hashed PINs for the two-factor turnstile at the cage landing."""

    def __init__(self, config: AccessControlConfig, repository: PinRepository) -> None:
        self._cfg = config
        self._repo = repository

    def _derive(self, pin: str, salt: bytes) -> bytes:
        params = self._cfg.pin_hashing
        return hashlib.pbkdf2_hmac(params.digest, pin.encode("utf-8"), salt, params.rounds)

    def enrol(self, badge_id: str, pin: str) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise ValueError("PIN must be 4-8 digits")
        salt = os.urandom(self._cfg.pin_hashing.salt_bytes)
        self._repo.put(
            badge_id,
            {
                "site": self._cfg.site_code,
                "salt": salt.hex(),
                "hash": self._derive(pin, salt).hex(),
                "failed": 0,
            },
        )

    def check(self, badge_id: str, pin: str) -> bool:
        record = self._repo.get(badge_id)
        if record is None or record["failed"] >= self._cfg.max_failed_attempts:
            return False
        candidate = self._derive(pin, bytes.fromhex(record["salt"]))
        ok = hmac.compare_digest(candidate.hex(), record["hash"])
        record["failed"] = 0 if ok else record["failed"] + 1
        self._repo.put(badge_id, record)
        return ok
