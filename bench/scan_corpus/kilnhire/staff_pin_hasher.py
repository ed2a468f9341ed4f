"""Hashes the PINs staff use to unlock the kiln room tablet.

PINs are short, so they go through scrypt with a per-PIN salt; the encoded
form keeps the parameters so they can be raised later without a migration.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 32

    @property
    def maxmem(self) -> int:
        return 128 * self.r * (self.n + self.p + 2)


DEFAULT_PARAMS = ScryptParams()


def _derive(pin: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        dklen=params.dklen,
        maxmem=params.maxmem,
    )


def hash_pin(pin: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    if not pin.isdigit() or not 6 <= len(pin) <= 10:
        raise ValueError("PIN must be 6-10 digits")
    salt = os.urandom(16)
    digest = _derive(pin, salt, params)
    return "scrypt${}${}${}${}${}".format(
        params.n,
        params.r,
        params.p,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_pin(pin: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest_b64)
    params = ScryptParams(n=int(n), r=int(r), p=int(p), dklen=len(expected))
    candidate = _derive(pin, base64.b64decode(salt_b64), params)
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str, params: ScryptParams = DEFAULT_PARAMS) -> bool:
    parts = encoded.split("$")
    return len(parts) != 6 or int(parts[1]) < params.n
