"""Signature check run by the entrance turnstile controller for QR passes.

A pass QR reads ``<pass_id>.<expires_epoch>.<hex hmac>``; the controller holds
the site key and needs no network access to decide.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass(frozen=True)
class GateDecision:
    open_gate: bool
    pass_id: Optional[int] = None
    reason: str = ""


class PassSignatureChecker:
    def __init__(self, site_key: bytes, clock: Callable[[], float] = time.time) -> None:
        self._site_key = site_key
        self._clock = clock

    def _mac(self, pass_id: str, expires: str) -> str:
        return hmac.new(
            self._site_key, f"{pass_id}.{expires}".encode("ascii"), hashlib.sha256
        ).hexdigest()

    def make_qr(self, pass_id: int, expires: int) -> str:
        return f"{pass_id}.{expires}.{self._mac(str(pass_id), str(expires))}"

    def decide(self, scanned: str) -> GateDecision:
        parts = scanned.strip().split(".")
        if len(parts) != 3 or not (parts[0].isdigit() and parts[1].isdigit()):
            return GateDecision(False, reason="malformed")
        pass_id, expires, presented = parts

        expected = self._mac(pass_id, expires)
        if not hmac.compare_digest(presented.lower(), expected):
            return GateDecision(False, reason="bad-signature")
        if int(expires) < self._clock():
            return GateDecision(False, int(pass_id), reason="expired")
        return GateDecision(True, int(pass_id))


def handle_scan(checker: PassSignatureChecker, scanned: str, gate, audit) -> GateDecision:
    decision = checker.decide(scanned)
    if decision.open_gate:
        gate.pulse_relay(seconds=3)
    else:
        gate.flash_red()
    audit.record(pass_id=decision.pass_id, reason=decision.reason or "ok")
    return decision
