"""Password handling for wholesale cafe logins.

Shared by the portal's signup, login and password-reset views. Hashes are
stored in the self-describing ``pbkdf2_<alg>$<iterations>$<salt>$<hash>``
form so the iteration count can be raised without breaking old rows.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


CURRENT = HashSettings()


class PasswordHasher:
    def __init__(self, settings: HashSettings = CURRENT) -> None:
        self.settings = settings

    def _derive(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def encode(self, password: str) -> str:
        s = self.settings
        salt = os.urandom(s.salt_bytes)
        digest = self._derive(password, salt, s.algorithm, s.iterations)
        return f"pbkdf2_{s.algorithm}${s.iterations}${salt.hex()}${digest.hex()}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_hex, digest_hex = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.removeprefix("pbkdf2_")
        candidate = self._derive(password, bytes.fromhex(salt_hex), algorithm, int(iterations))
        return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))

    def needs_rehash(self, encoded: str) -> bool:
        scheme, iterations, *_ = encoded.split("$")
        return (
            scheme != f"pbkdf2_{self.settings.algorithm}"
            or int(iterations) < self.settings.iterations
        )


def login(repo, hasher: PasswordHasher, email: str, password: str):
    """Check a portal login and upgrade the stored hash when the policy moved on."""
    account = repo.find_by_email(email.strip().lower())
    if account is None or not hasher.verify(password, account.password_hash):
        return None
    if hasher.needs_rehash(account.password_hash):
        repo.update_password_hash(account.id, hasher.encode(password))
    return account
