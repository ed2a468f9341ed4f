"""Credential storage for studio members logging into the booking portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import NamedTuple


class ScryptParams(NamedTuple):
    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        return 2 * 128 * self.r * self.n


CURRENT = ScryptParams(n=2**17, r=8, p=1)
SALT_LEN = 16
KEY_LEN = 32


def _derive(password: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=KEY_LEN,
    )


def hash_member_password(password: str) -> str:
    salt = os.urandom(SALT_LEN)
    key = _derive(password, salt, CURRENT)
    enc = base64.urlsafe_b64encode
    return f"scrypt${CURRENT.n}${CURRENT.r}${CURRENT.p}${enc(salt).decode()}${enc(key).decode()}"


def check_member_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    params = ScryptParams(int(n), int(r), int(p))
    candidate = _derive(password, base64.urlsafe_b64decode(salt_b64), params)
    return hmac.compare_digest(candidate, base64.urlsafe_b64decode(key_b64))


def is_outdated(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or tuple(map(int, parts[1:4])) != tuple(CURRENT)
