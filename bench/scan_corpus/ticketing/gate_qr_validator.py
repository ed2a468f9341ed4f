"""Server-side validation of scanned ticket QR codes at the gate API.

Mirrors the encoder in the issuing service: ``<ticket>.<event>.<ts>.<sig>``
with a 128-bit truncated HMAC-SHA256 tag.
"""
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from enum import Enum


class ScanResult(str, Enum):
    OK = "ok"
    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    WRONG_EVENT = "wrong_event"
    NOT_YET_VALID = "not_yet_valid"


@dataclass
class QrValidator:
    key: bytes
    event_id: str
    clock_skew_s: int = 300

    def _tag(self, body: bytes) -> bytes:
        return hmac.new(self.key, body, hashlib.sha256).digest()[:16]

    def validate(self, raw: str) -> tuple[ScanResult, str | None]:
        parts = raw.strip().split(".")
        if len(parts) != 4:
            return ScanResult.MALFORMED, None
        ticket_id, event_id, issued_at, sig_b64 = parts
        try:
            sig = base64.urlsafe_b64decode(sig_b64 + "=" * (-len(sig_b64) % 4))
            issued = int(issued_at)
        except ValueError:
            return ScanResult.MALFORMED, None

        body = f"{ticket_id}.{event_id}.{issued_at}".encode()
        if not hmac.compare_digest(sig, self._tag(body)):
            return ScanResult.BAD_SIGNATURE, None
        if event_id != self.event_id:
            return ScanResult.WRONG_EVENT, ticket_id
        if issued > time.time() + self.clock_skew_s:
            return ScanResult.NOT_YET_VALID, ticket_id
        return ScanResult.OK, ticket_id
