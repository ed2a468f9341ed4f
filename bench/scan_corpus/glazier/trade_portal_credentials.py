"""Credential handling for the trade customer portal.

Builders and shopfitters log in to the trade portal to re-order sealed
units, check lead times and download delivery notes.
"""
import base64
import hashlib as hl
import hmac
import os

from django.conf import settings
from django.db import models

HASH_NAME = "sha256"
ITERATIONS = getattr(settings, "TRADE_PORTAL_PBKDF2_ROUNDS", 120_000)
SALT_BYTES = 16


def encode_password(raw: str, salt: bytes | None = None, rounds: int = ITERATIONS) -> str:
    salt = salt or os.urandom(SALT_BYTES)
    dk = hl.pbkdf2_hmac(HASH_NAME, raw.encode(), salt, rounds)
    return "pbkdf2_{}${}${}${}".format(
        HASH_NAME,
        rounds,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def check_password(raw: str, encoded: str) -> bool:
    algo, rounds, salt_b64, hash_b64 = encoded.split("$", 3)
    salt = base64.b64decode(salt_b64)
    candidate = encode_password(raw, salt=salt, rounds=int(rounds))
    return hmac.compare_digest(candidate.encode(), encoded.encode())


class TradeAccount(models.Model):
    company_name = models.CharField(max_length=200)
    account_number = models.CharField(max_length=12, unique=True)
    contact_email = models.EmailField(unique=True)
    password = models.CharField(max_length=200)
    credit_limit = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "trade_accounts"

    def set_password(self, raw: str) -> None:
        self.password = encode_password(raw)

    def verify(self, raw: str) -> bool:
        if not self.password:
            return False
        return check_password(raw, self.password)

    def __str__(self) -> str:
        return f"{self.account_number} {self.company_name}"
