"""Signing and verification of the payload embedded in ticket QR codes.

A QR payload looks like ``<ticket_id>.<event_id>.<issued_at>.<sig>`` where
``sig`` is a truncated HMAC-SHA256 over the first three fields, base64url
encoded without padding so the code stays in QR version 6.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

_SIG_BYTES = 16


def _signing_key() -> bytes:
    return os.environ["TICKET_QR_SIGNING_KEY"].encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass(frozen=True)
class QrPayload:
    ticket_id: str
    event_id: str
    issued_at: int

    def body(self) -> str:
        return f"{self.ticket_id}.{self.event_id}.{self.issued_at}"


def _mac(body: str) -> str:
    digest = hmac.new(_signing_key(), body.encode(), hashlib.sha256).digest()
    return _b64(digest[:_SIG_BYTES])


def encode(payload: QrPayload) -> str:
    body = payload.body()
    return f"{body}.{_mac(body)}"


def decode(raw: str) -> QrPayload | None:
    """Parse a scanned QR string; returns None when it is malformed or forged."""
    try:
        ticket_id, event_id, issued_at, sig = raw.strip().split(".")
        payload = QrPayload(ticket_id, event_id, int(issued_at))
    except ValueError:
        return None
    expected = _mac(payload.body())
    if sig != expected:
        return None
    return payload
