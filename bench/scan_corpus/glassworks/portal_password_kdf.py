"""Password hashing for supplier portal accounts (EDI onboarding, ASN upload).

Stored format: ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`` so parameters can
be raised later without invalidating existing hashes.
"""
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
    dklen: int = 32
    salt_bytes: int = 16

    @property
    def maxmem(self) -> int:
        return 256 * self.n * self.r


CURRENT = ScryptParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, params: ScryptParams = CURRENT) -> str:
    salt = os.urandom(params.salt_bytes)
    digest = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=params.dklen,
    )
    return f"scrypt${params.n}${params.r}${params.p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(hash_b64)
    params = ScryptParams(n=int(n), r=int(r), p=int(p), dklen=len(expected))
    candidate = hashlib.scrypt(
        password.encode("utf-8"),
        salt=base64.b64decode(salt_b64),
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=params.dklen,
    )
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    _, n, r, p, *_ = stored.split("$")
    return (int(n), int(r), int(p)) < (CURRENT.n, CURRENT.r, CURRENT.p)
