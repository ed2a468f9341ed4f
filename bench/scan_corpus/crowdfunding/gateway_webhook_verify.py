"""Signature verification for card gateway webhooks.

Header format: ``t=1717171717,v1=<hex hmac-sha256 of "t.body">``. Several v1
entries may be present while the gateway rotates secrets.
"""

import hashlib
import hmac
import time


class SignatureError(Exception):
    pass


TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp = None
    signatures = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None or not signatures:
        raise SignatureError("malformed signature header")
    return timestamp, signatures


def verify_webhook(payload: bytes, header: str, secret: str, now: float | None = None) -> None:
    timestamp, signatures = _parse_header(header)
    current = time.time() if now is None else now
    if abs(current - timestamp) > TOLERANCE_SECONDS:
        raise SignatureError("timestamp outside tolerance")
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, sig) for sig in signatures):
        raise SignatureError("no matching signature")
