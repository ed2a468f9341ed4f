"""Staff sign-in for the photo and pass-renewal kiosks.

Kiosk operators sign in with their employee number and a password that is
separate from their SSO password (kiosks run in a locked-down network).
"""
import base64
import hashlib
import hmac
import os

from django.db import models

PBKDF2_DIGEST = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LEN = 16


def hash_kiosk_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_LEN)
    dk = hashlib.pbkdf2_hmac(PBKDF2_DIGEST, password.encode("utf-8"), salt, iterations)
    return "pbkdf2_{}${}${}${}".format(
        PBKDF2_DIGEST,
        iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def check_kiosk_password(password: str, encoded: str) -> bool:
    algo, iterations, salt_b64, dk_b64 = encoded.split("$")
    digest = algo.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(dk_b64)
    candidate = hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(encoded: str) -> bool:
    _, iterations, _, _ = encoded.split("$")
    return int(iterations) < PBKDF2_ITERATIONS


class KioskOperator(models.Model):
    employee_number = models.CharField(max_length=12, unique=True)
    display_name = models.CharField(max_length=80)
    kiosk_password = models.CharField(max_length=200)
    active = models.BooleanField(default=True)

    def set_password(self, raw: str) -> None:
        self.kiosk_password = hash_kiosk_password(raw)

    def check_password(self, raw: str) -> bool:
        if not self.active or not check_kiosk_password(raw, self.kiosk_password):
            return False
        if needs_rehash(self.kiosk_password):
            self.set_password(raw)
            self.save(update_fields=["kiosk_password"])
        return True
