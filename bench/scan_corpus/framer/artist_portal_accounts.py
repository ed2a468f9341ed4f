"""Password storage for the consignment artists' self-service portal."""
import base64
import hashlib
import hmac
import secrets
from decimal import Decimal

from django.db import models

PBKDF2_ROUNDS = 120_000
SALT_BYTES = 16
PREFIX = "pbkdf2_sha256"


def encode_password(raw: str, salt: bytes = None, rounds: int = PBKDF2_ROUNDS) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha256", raw.encode("utf-8"), salt, rounds)
    return "$".join(
        [PREFIX, str(rounds), base64.b64encode(salt).decode(), base64.b64encode(derived).decode()]
    )


def verify_password(raw: str, encoded: str) -> bool:
    try:
        prefix, rounds, salt_b64, _ = encoded.split("$", 3)
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    recomputed = encode_password(raw, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(recomputed, encoded)


class ConsignmentArtist(models.Model):
    name = models.CharField(max_length=120)
    email = models.EmailField(unique=True)
    commission_rate = models.DecimalField(max_digits=4, decimal_places=2, default=Decimal("0.40"))
    payout_iban = models.CharField(max_length=34, blank=True)
    password = models.CharField(max_length=200)
    is_active = models.BooleanField(default=True)

    class Meta:
        app_label = "consignment"

    def set_password(self, raw: str) -> None:
        self.password = encode_password(raw)

    def check_password(self, raw: str) -> bool:
        if not self.password:
            return False
        return verify_password(raw, self.password)

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"
