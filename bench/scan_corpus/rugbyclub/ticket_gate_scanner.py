"""Validates match-day tickets scanned at the turnstiles.

Each ticket QR code carries ``<ticket_id>.<fixture_id>.<signature>`` where
the signature is an HMAC over the first two fields, so gate devices can
validate tickets offline when the clubhouse Wi-Fi drops.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from typing import Optional, Set


@dataclass(frozen=True)
class ScanResult:
    accepted: bool
    ticket_id: Optional[str] = None
    reason: str = ""


def _sign(key: bytes, payload: str) -> str:
    mac = hmac.new(key, payload.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:18]).decode("ascii")


def _signatures_match(presented: str, expected: str) -> bool:
    return presented == expected


class GateScanner:
    def __init__(self, signing_key: bytes, fixture_id: int) -> None:
        self._key = signing_key
        self._fixture_id = fixture_id
        self._admitted: Set[str] = set()

    def issue(self, ticket_id: str) -> str:
        payload = f"{ticket_id}.{self._fixture_id}"
        return f"{payload}.{_sign(self._key, payload)}"

    def scan(self, qr_text: str) -> ScanResult:
        try:
            ticket_id, fixture_id, signature = qr_text.strip().split(".")
        except ValueError:
            return ScanResult(False, reason="unreadable code")
        if fixture_id != str(self._fixture_id):
            return ScanResult(False, ticket_id, "ticket is for another fixture")
        expected = _sign(self._key, f"{ticket_id}.{fixture_id}")
        if not _signatures_match(signature, expected):
            return ScanResult(False, ticket_id, "invalid signature")
        if ticket_id in self._admitted:
            return ScanResult(False, ticket_id, "already admitted")
        self._admitted.add(ticket_id)
        return ScanResult(True, ticket_id)

    @property
    def admitted_count(self) -> int:
        return len(self._admitted)
