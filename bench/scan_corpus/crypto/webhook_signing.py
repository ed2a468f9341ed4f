"""Sign outgoing webhooks and verify incoming ones.

Header format: ``X-Signature: t=<unix ts>,v1=<hex hmac-sha256>`` where the MAC
covers ``"<ts>.<raw body>"``.
"""
import hashlib
import hmac
import os
import time

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["WEBHOOK_SIGNING_SECRET"].encode("utf-8")


def _mac(secret: bytes, timestamp: int, body: bytes) -> str:
    return hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(body: bytes, now: int | None = None) -> str:
    timestamp = int(now if now is not None else time.time())
    return f"t={timestamp},v1={_mac(_secret(), timestamp, body)}"


def verify(header: str, body: bytes, now: int | None = None) -> bool:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
        presented = parts["v1"]
    except (KeyError, ValueError):
        return False
    current = int(now if now is not None else time.time())
    if abs(current - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = _mac(_secret(), timestamp, body)
    return hmac.compare_digest(expected, presented)
