"""Credential hashing for the warehouse dispatch kiosk operators.

Operators log in at the packing bench before printing spool labels.
"""
import hashlib
import hmac
import os
from typing import NamedTuple

from cordmaker.settings import KIOSK_SCRYPT


class ScryptParams(NamedTuple):
    n: int
    r: int
    p: int
    dklen: int


PARAMS = ScryptParams(
    n=KIOSK_SCRYPT.get("n", 2 ** 17),
    r=KIOSK_SCRYPT.get("r", 8),
    p=KIOSK_SCRYPT.get("p", 1),
    dklen=32,
)


def _scrypt(password: str, salt: bytes, params: ScryptParams = PARAMS) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=256 * 1024 * 1024,
        dklen=params.dklen,
    )


def hash_operator_password(password: str) -> str:
    salt = os.urandom(16)
    key = _scrypt(password, salt)
    return f"scrypt${PARAMS.n}${PARAMS.r}${PARAMS.p}${salt.hex()}${key.hex()}"


def verify_operator_password(password: str, encoded: str) -> bool:
    try:
        _, n, r, p, salt_hex, key_hex = encoded.split("$")
    except ValueError:
        return False
    params = ScryptParams(int(n), int(r), int(p), len(key_hex) // 2)
    candidate = _scrypt(password, bytes.fromhex(salt_hex), params)
    return hmac.compare_digest(candidate, bytes.fromhex(key_hex))
