"""Validates signed QR codes presented at the entrance turnstiles.

A pass QR looks like ``<pass_id>.<expires_epoch>.<hex hmac>``; the HMAC is
computed with the site key that the turnstile controller is provisioned with.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class ScanResult:
    allowed: bool
    pass_id: Optional[int] = None
    reason: str = ""


class TurnstileValidator:
    def __init__(self, site_key: bytes, clock=time.time) -> None:
        self._site_key = site_key
        self._clock = clock

    def _sign(self, pass_id: str, expires: str) -> str:
        message = f"{pass_id}.{expires}".encode("ascii")
        return hmac.new(self._site_key, message, hashlib.sha256).hexdigest()

    def sign(self, pass_id: int, expires: int) -> str:
        return f"{pass_id}.{expires}.{self._sign(str(pass_id), str(expires))}"

    def check(self, scanned: str) -> ScanResult:
        parts = scanned.strip().split(".")
        if len(parts) != 3:
            return ScanResult(False, reason="malformed")
        pass_id, expires, signature = parts
        if not (pass_id.isdigit() and expires.isdigit()):
            return ScanResult(False, reason="malformed")

        expected = self._sign(pass_id, expires)
        if signature.lower() == expected:
            if int(expires) < self._clock():
                return ScanResult(False, int(pass_id), reason="expired")
            return ScanResult(True, int(pass_id))
        return ScanResult(False, reason="bad-signature")


def open_gate_if_valid(validator: TurnstileValidator, scanned: str, gate) -> ScanResult:
    result = validator.check(scanned)
    if result.allowed:
        gate.pulse_relay(seconds=3)
    else:
        gate.flash_red()
    return result
