"""Password hashing for online-shop customer accounts (scrypt via hashlib).

Stored format: ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`` so the cost can be
raised later without invalidating existing accounts.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from hashlib import scrypt as _kdf
from hmac import compare_digest


@dataclass(frozen=True)
class ScryptCost:
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 64

    @property
    def maxmem(self) -> int:
        return 256 * self.n * self.r


CURRENT_COST = ScryptCost()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    return _kdf(
        password.encode("utf-8"),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        maxmem=cost.maxmem,
        dklen=cost.dklen,
    )


def hash_customer_password(password: str, cost: ScryptCost = CURRENT_COST) -> str:
    salt = os.urandom(16)
    digest = _derive(password, salt, cost)
    return f"scrypt${cost.n}${cost.r}${cost.p}${_b64(salt)}${_b64(digest)}"


def verify_customer_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest_b64)
    cost = ScryptCost(n=int(n), r=int(r), p=int(p), dklen=len(expected))
    candidate = _derive(password, base64.b64decode(salt_b64), cost)
    return compare_digest(candidate, expected)


def needs_upgrade(stored: str, cost: ScryptCost = CURRENT_COST) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or int(parts[1]) < cost.n or int(parts[2]) < cost.r
