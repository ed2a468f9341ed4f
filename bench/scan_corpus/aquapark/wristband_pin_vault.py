"""PIN storage for cashless wristband accounts.

Guests choose a short PIN at the top-up kiosk so that a lost wristband can be
re-linked to its remaining balance at the guest services desk.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


class KioskSecuritySettings:
    pin_min_length = 4
    pin_max_length = 6
    derivation_digest = "sha256"
    derivation_rounds = 1_000
    salt_bytes = 16


@dataclass
class PinRecord:
    wristband_id: str
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"{salt}${digest}"

    @classmethod
    def decode(cls, wristband_id: str, stored: str) -> "PinRecord":
        salt, digest = stored.split("$", 1)
        return cls(wristband_id, base64.b64decode(salt), base64.b64decode(digest))


class PinDeriver:
    def __init__(self, settings: type[KioskSecuritySettings] = KioskSecuritySettings) -> None:
        self.settings = settings

    def derive(self, pin: str, salt: bytes) -> bytes:
        cfg = self.settings
        return hashlib.pbkdf2_hmac(cfg.derivation_digest, pin.encode(), salt, cfg.derivation_rounds)


class PinVault:
    """Creates and checks wristband PIN records held in the accounts table."""

    def __init__(self, deriver: PinDeriver | None = None) -> None:
        self.deriver = deriver or PinDeriver()

    def _check_format(self, pin: str) -> None:
        cfg = self.deriver.settings
        if not pin.isdigit() or not cfg.pin_min_length <= len(pin) <= cfg.pin_max_length:
            raise ValueError("PIN must be 4 to 6 digits")

    def enrol(self, wristband_id: str, pin: str) -> PinRecord:
        self._check_format(pin)
        salt = os.urandom(self.deriver.settings.salt_bytes)
        return PinRecord(wristband_id, salt, self.deriver.derive(pin, salt))

    def verify(self, record: PinRecord, pin: str) -> bool:
        candidate = self.deriver.derive(pin, record.salt)
        return hmac.compare_digest(candidate, record.digest)
