"""Verify callbacks from partners' newsroom systems.

Newsrooms tell us when a puzzle was pulled from a page or replaced (for a
late advert, say), which reverses the placement royalty. Calls are signed
with HMAC-SHA256 over timestamp and body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

MAX_SKEW_SECONDS = 300
HANDLED_EVENTS = ("placement.pulled", "placement.replaced")


@dataclass
class NewsroomEvent:
    partner: str
    kind: str
    puzzle_id: int
    edition: str


class SignatureError(Exception):
    pass


class NewsroomVerifier:
    def __init__(self, secrets_by_partner: dict[str, str]) -> None:
        self._secrets = {k: v.encode("utf-8") for k, v in secrets_by_partner.items()}

    def _expected(self, partner: str, timestamp: str, body: bytes) -> str:
        key = self._secrets.get(partner)
        if key is None:
            raise SignatureError("unknown partner")
        msg = timestamp.encode("ascii") + b"." + body
        return hmac.new(key, msg, hashlib.sha256).hexdigest()

    def verify(self, partner: str, headers: dict[str, str], body: bytes) -> NewsroomEvent | None:
        timestamp = headers.get("X-Newsroom-Timestamp", "")
        signature = headers.get("X-Newsroom-Signature", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            raise SignatureError("stale or missing timestamp")
        if not hmac.compare_digest(self._expected(partner, timestamp, body), signature):
            raise SignatureError("bad signature")
        payload = json.loads(body)
        if payload.get("type") not in HANDLED_EVENTS:
            return None
        return NewsroomEvent(
            partner=partner,
            kind=payload["type"],
            puzzle_id=int(payload["puzzle_id"]),
            edition=str(payload["edition"]),
        )
