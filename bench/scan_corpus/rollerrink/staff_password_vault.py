"""Staff account password storage for the rink back-office portal.

Front-desk, party hosts and DJ booth staff sign in to the back-office portal
with a username and password. Hashes are kept in the ``staff_accounts`` table
as ``pbkdf2_<alg>$<iterations>$<salt>$<hash>`` strings.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def hash_staff_password(password: str, policy: HashingPolicy = POLICY) -> str:
    """Return an encoded hash for a new or changed staff password."""
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy.algorithm, policy.iterations)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64(salt)}${_b64(digest)}"


def verify_staff_password(password: str, encoded: str) -> bool:
    """Check a sign-in attempt against the stored hash."""
    try:
        scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    digest = _derive(password, base64.b64decode(salt_b64), algorithm, int(iterations))
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


def needs_rehash(encoded: str, policy: HashingPolicy = POLICY) -> bool:
    """True when the stored hash was made with an older policy."""
    scheme, iterations, _, _ = encoded.split("$")
    return scheme != f"pbkdf2_{policy.algorithm}" or int(iterations) != policy.iterations


class StaffAccountService:
    def __init__(self, repository) -> None:
        self.repository = repository

    def set_password(self, staff_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("staff passwords must be at least 10 characters")
        self.repository.update_password_hash(staff_id, hash_staff_password(new_password))

    def authenticate(self, username: str, password: str) -> bool:
        account = self.repository.find_by_username(username)
        if account is None or not account.active:
            return False
        if not verify_staff_password(password, account.password_hash):
            return False
        if needs_rehash(account.password_hash):
            self.set_password(account.id, password)
        return True
