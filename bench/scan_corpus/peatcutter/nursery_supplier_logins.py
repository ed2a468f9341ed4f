"""Logins for sphagnum nursery suppliers.

Nurseries that grow sphagnum plugs and cotton-grass plants for our
revegetation work log in to confirm delivery slots and upload plant
health certificates. Their passwords are stored in the supplier table.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

SCHEME = "scrypt"


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 64
    maxmem: int = 128 * 1024 * 1024


DEFAULT_PARAMS = ScryptParams()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_supplier_password(password: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    salt = os.urandom(16)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=params.n, r=params.r, p=params.p,
        dklen=params.dklen, maxmem=params.maxmem,
    )
    return f"{SCHEME}${params.n}${params.r}${params.p}${_b64(salt)}${_b64(key)}"


def check_supplier_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != SCHEME:
        return False
    expected = base64.b64decode(key_b64)
    candidate = hashlib.scrypt(
        password.encode("utf-8"), salt=base64.b64decode(salt_b64), n=int(n), r=int(r), p=int(p),
        dklen=len(expected), maxmem=DEFAULT_PARAMS.maxmem,
    )
    return hmac.compare_digest(candidate, expected)


def needs_upgrade(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or int(parts[1]) < DEFAULT_PARAMS.n
