"""Password hashing for the Salt Tasting Club member area.

Club members log in to book seasonal tastings, download recipes and manage
their quarterly box of fleur de sel. Hashes use scrypt with memory-hard
parameters and a per-user random salt.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import NamedTuple

from saltboiler.club.repository import MemberRepository


class ScryptParams(NamedTuple):
    n: int = 2 ** 17
    r: int = 8
    p: int = 1
    dklen: int = 64


PARAMS = ScryptParams()
MAX_MEM = 256 * 1024 * 1024


def hash_password(password: str, params: ScryptParams = PARAMS) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=params.n, r=params.r, p=params.p,
        dklen=params.dklen, maxmem=MAX_MEM,
    )
    return f"scrypt${params.n}${params.r}${params.p}${salt.hex()}${key.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt_hex, key_hex = stored.split("$")
    except ValueError:
        return False
    expected = bytes.fromhex(key_hex)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
        p=int(p), dklen=len(expected), maxmem=MAX_MEM,
    )
    return hmac.compare_digest(key, expected)


class MemberPasswords:
    def __init__(self, repository: MemberRepository):
        self._repo = repository

    def change(self, member_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._repo.update_password_hash(member_id, hash_password(new_password))

    def check(self, email: str, password: str) -> bool:
        member = self._repo.find_by_email(email)
        if member is None:
            return False
        return verify_password(password, member.password_hash)
