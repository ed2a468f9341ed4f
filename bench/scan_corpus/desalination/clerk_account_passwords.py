"""Password handling mixin for municipal clerk accounts on the water-sales
billing portal (SQLAlchemy declarative models)."""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import ClassVar

from sqlalchemy import LargeBinary, Integer
from sqlalchemy.orm import Mapped, mapped_column


class PasswordPolicy:
    hash_name: ClassVar[str] = "sha256"
    iterations: ClassVar[int] = 720_000
    salt_len: ClassVar[int] = 16
    min_length: ClassVar[int] = 12


class PasswordMixin:
    password_policy: ClassVar[type[PasswordPolicy]] = PasswordPolicy

    password_salt: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    password_digest: Mapped[bytes] = mapped_column(LargeBinary(64), nullable=False)
    password_iterations: Mapped[int] = mapped_column(Integer, nullable=False)

    @classmethod
    def _kdf(cls, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(cls.password_policy.hash_name, password.encode("utf-8"), salt, iterations)

    def set_password(self, password: str) -> None:
        policy = self.password_policy
        if len(password) < policy.min_length:
            raise ValueError(f"password must be at least {policy.min_length} characters")
        salt = os.urandom(policy.salt_len)
        self.password_salt = salt
        self.password_iterations = policy.iterations
        self.password_digest = self._kdf(password, salt, policy.iterations)

    def check_password(self, password: str) -> bool:
        candidate = self._kdf(password, self.password_salt, self.password_iterations)
        return hmac.compare_digest(candidate, self.password_digest)

    @property
    def password_needs_upgrade(self) -> bool:
        return self.password_iterations < self.password_policy.iterations
