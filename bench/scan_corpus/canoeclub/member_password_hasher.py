"""Password hashing for the members' portal and the kiosk PIN login.

Also derives the cache key used for member avatar thumbnails.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import bcrypt


@dataclass(frozen=True)
class PasswordPolicy:
    bcrypt_rounds: int = 12
    min_length: int = 10
    max_length: int = 256


POLICY = PasswordPolicy()


class PasswordTooWeak(ValueError):
    pass


class MemberPasswordHasher:
    def __init__(self, policy: PasswordPolicy = POLICY) -> None:
        self.policy = policy

    @staticmethod
    def _prehash(password: str) -> bytes:
        digest = hashlib.sha256(password.encode("utf-8")).digest()
        return base64.b64encode(digest)

    def check_policy(self, password: str, email: str) -> None:
        if len(password) < self.policy.min_length:
            raise PasswordTooWeak(f"use at least {self.policy.min_length} characters")
        if len(password) > self.policy.max_length:
            raise PasswordTooWeak("password is too long")
        if email.split("@")[0].lower() in password.lower():
            raise PasswordTooWeak("password must not contain your e-mail name")

    def hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self.policy.bcrypt_rounds)
        return bcrypt.hashpw(self._prehash(password), salt).decode("ascii")

    def verify(self, password: str, stored: str) -> bool:
        try:
            return bcrypt.checkpw(self._prehash(password), stored.encode("ascii"))
        except ValueError:
            return False

    def needs_rehash(self, stored: str) -> bool:
        try:
            rounds = int(stored.split("$")[2])
        except (IndexError, ValueError):
            return True
        return rounds < self.policy.bcrypt_rounds


def avatar_cache_key(member_id: int, image_bytes: bytes) -> str:
    fingerprint = hashlib.sha256(image_bytes).hexdigest()[:24]
    return f"avatar:{member_id}:{fingerprint}"
