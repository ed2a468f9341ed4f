"""Password storage for winery staff accounts used on the cellar floor tablets."""

import hashlib
import hmac
import os
from typing import NamedTuple

from vintner.staff.store import StaffStore

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
SALT_BYTES = 16


class StoredCredential(NamedTuple):
    salt: bytes
    digest: bytes
    n: int
    r: int
    p: int


def hash_staff_password(password: str) -> StoredCredential:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=SCRYPT_MAXMEM
    )
    return StoredCredential(salt, digest, SCRYPT_N, SCRYPT_R, SCRYPT_P)


def verify_staff_password(password: str, stored: StoredCredential) -> bool:
    candidate = hashlib.scrypt(
        password.encode("utf-8"),
        salt=stored.salt,
        n=stored.n,
        r=stored.r,
        p=stored.p,
        maxmem=SCRYPT_MAXMEM,
    )
    return hmac.compare_digest(candidate, stored.digest)


def change_staff_password(store: StaffStore, staff_id: int, current: str, new: str) -> None:
    stored = store.load_credential(staff_id)
    if stored is None or not verify_staff_password(current, stored):
        raise PermissionError("current password does not match")
    if len(new) < 12:
        raise ValueError("staff passwords must be at least 12 characters")
    store.save_credential(staff_id, hash_staff_password(new))
