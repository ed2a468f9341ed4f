"""Password handling for patient/HCP reporters who create an account on the ADR reporting site."""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from django.db import models


@dataclass(frozen=True)
class HashingProfile:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4
    hash_len: int = 32
    salt_len: int = 16


class ReporterPasswords:
    profile = HashingProfile()

    def __init__(self) -> None:
        p = self.profile
        self._hasher = PasswordHasher(
            time_cost=p.time_cost,
            memory_cost=p.memory_cost_kib,
            parallelism=p.parallelism,
            hash_len=p.hash_len,
            salt_len=p.salt_len,
        )

    def make(self, raw: str) -> str:
        return self._hasher.hash(raw)

    def check(self, stored: str, raw: str) -> tuple[bool, str | None]:
        """Return (ok, upgraded_hash) where upgraded_hash is set when parameters changed."""
        try:
            self._hasher.verify(stored, raw)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False, None
        if self._hasher.check_needs_rehash(stored):
            return True, self._hasher.hash(raw)
        return True, None


passwords = ReporterPasswords()


class ReporterAccount(models.Model):
    email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=200)
    country = models.CharField(max_length=2)
    is_hcp = models.BooleanField(default=False)

    class Meta:
        db_table = "adr_reporter_account"

    def set_password(self, raw: str) -> None:
        self.password_hash = passwords.make(raw)

    def verify_password(self, raw: str) -> bool:
        ok, upgraded = passwords.check(self.password_hash, raw)
        if ok and upgraded:
            self.password_hash = upgraded
            self.save(update_fields=["password_hash"])
        return ok
