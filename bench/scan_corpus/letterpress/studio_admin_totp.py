"""Second factor for studio admin logins (order refunds, price changes, staff accounts)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from dataclasses import dataclass

DIGITS = 6
STEP = 30
WINDOW = 1


@dataclass
class TotpDevice:
    user_id: int
    secret_b32: str
    last_counter: int = -1


def new_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def _key(secret_b32: str) -> bytes:
    padded = secret_b32 + "=" * (-len(secret_b32) % 8)
    return base64.b32decode(padded, casefold=True)


def hotp(key: bytes, counter: int, digits: int = DIGITS) -> str:
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 10 ** digits
    return str(code).zfill(digits)


def verify(device: TotpDevice, submitted: str, now: float | None = None) -> bool:
    """Accept the code for the current step or one step either side, never reusing a step."""
    submitted = submitted.strip().replace(" ", "")
    if len(submitted) != DIGITS or not submitted.isdigit():
        return False
    key = _key(device.secret_b32)
    current = int((now or time.time()) // STEP)
    for counter in range(current - WINDOW, current + WINDOW + 1):
        if counter <= device.last_counter:
            continue
        if hmac.compare_digest(hotp(key, counter), submitted):
            device.last_counter = counter
            return True
    return False


def provisioning_uri(device: TotpDevice, account: str, issuer: str = "Letterpress Studio") -> str:
    from urllib.parse import quote

    return (
        f"otpauth://totp/{quote(issuer)}:{quote(account)}"
        f"?secret={device.secret_b32}&issuer={quote(issuer)}&digits={DIGITS}&period={STEP}"
    )
