"""Offline validation of QR tickets at the ground's turnstiles.

QR payload: ``<ticket_id>.<fixture_id>.<signature>``; the signature is a
truncated HMAC-SHA256 of the first two fields.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Optional, Set


@dataclass(frozen=True)
class Verdict:
    admit: bool
    ticket_id: Optional[str] = None
    reason: str = ""


def _sign(key: bytes, payload: str) -> str:
    mac = hmac.new(key, payload.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:18]).decode("ascii")


def _signatures_match(presented: str, expected: str) -> bool:
    return hmac.compare_digest(presented.encode("ascii", "ignore"), expected.encode("ascii"))


@dataclass
class Turnstile:
    signing_key: bytes
    fixture_id: int
    gate: str
    admitted: Set[str] = field(default_factory=set)

    def check(self, qr_text: str) -> Verdict:
        parts = qr_text.strip().split(".")
        if len(parts) != 3:
            return Verdict(False, reason="unreadable code")
        ticket_id, fixture_id, signature = parts
        if fixture_id != str(self.fixture_id):
            return Verdict(False, ticket_id, "wrong fixture")
        if not _signatures_match(signature, _sign(self.signing_key, f"{ticket_id}.{fixture_id}")):
            return Verdict(False, ticket_id, "invalid signature")
        if ticket_id in self.admitted:
            return Verdict(False, ticket_id, "already admitted")
        self.admitted.add(ticket_id)
        return Verdict(True, ticket_id)

    def summary(self) -> dict:
        return {"gate": self.gate, "fixture_id": self.fixture_id, "admitted": len(self.admitted)}
