"""Password storage for back-office staff accounts (reception, wardens, shop, maintenance)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1
    dklen: int = 64
    maxmem: int = 256 * 1024 * 1024


CURRENT = ScryptParams()


def _derive(password: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        dklen=params.dklen,
        maxmem=params.maxmem,
    )


def encode_password(password: str, params: ScryptParams = CURRENT) -> str:
    if len(password) < 12:
        raise ValueError("staff passwords must be at least 12 characters")
    salt = os.urandom(16)
    digest = _derive(password, salt, params)
    fields = [
        "scrypt",
        f"n={params.n},r={params.r},p={params.p}",
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    ]
    return "$".join(fields)


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, cost, salt_b64, digest_b64 = stored.split("$")
        values = dict(item.split("=") for item in cost.split(","))
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest_b64)
    params = ScryptParams(n=int(values["n"]), r=int(values["r"]), p=int(values["p"]), dklen=len(expected))
    candidate = _derive(password, base64.b64decode(salt_b64), params)
    return hmac.compare_digest(candidate, expected)
