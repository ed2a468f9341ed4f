"""Accounts for wholesale buyers (gift shops and boutiques that stock our candles)."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_bytes: int = 32


POLICY = Pbkdf2Policy()


def encode_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    derived = hashlib.pbkdf2_hmac(
        policy.digest, password.encode("utf-8"), salt, policy.iterations, policy.key_bytes
    )
    return f"{policy.digest}${policy.iterations}${salt.hex()}${derived.hex()}"


def check_password(password: str, encoded: str) -> bool:
    digest, iterations, salt_hex, derived_hex = encoded.split("$")
    candidate = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations),
        len(derived_hex) // 2,
    )
    return hmac.compare_digest(candidate.hex(), derived_hex)


def needs_upgrade(encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    digest, iterations, _, _ = encoded.split("$")
    return digest != policy.digest or int(iterations) < policy.iterations


class WholesaleBuyer(models.Model):
    company = models.CharField(max_length=160)
    contact_email = models.EmailField(unique=True)
    vat_number = models.CharField(max_length=20, blank=True)
    password = models.CharField(max_length=255)
    approved = models.BooleanField(default=False)

    def set_password(self, raw: str) -> None:
        if len(raw) < 12:
            raise ValueError("wholesale passwords must be at least 12 characters")
        self.password = encode_password(raw)

    def verify(self, raw: str) -> bool:
        if not check_password(raw, self.password):
            return False
        if needs_upgrade(self.password):
            self.password = encode_password(raw)
            self.save(update_fields=["password"])
        return True
