"""Back-office staff credentials for the estimating and scheduling system.

Office staff (estimators, the bookings coordinator, the accounts clerk) sign
in to the internal Django site. Passwords are stored with PBKDF2-SHA256 in
the same `algorithm$iterations$salt$hash` layout Django uses.
"""

import base64
import hashlib
import hmac
import secrets

from django.db import models


class StaffHashParams:
    algorithm = "pbkdf2_sha256"
    iterations = 720_000
    salt_chars = 22


def make_staff_password(raw: str, params: StaffHashParams = StaffHashParams()) -> str:
    salt = secrets.token_urlsafe(params.salt_chars)[: params.salt_chars]
    dk = hashlib.pbkdf2_hmac("sha256", raw.encode(), salt.encode(), params.iterations)
    encoded = base64.b64encode(dk).decode("ascii").strip()
    return f"{params.algorithm}${params.iterations}${salt}${encoded}"


def check_staff_password(raw: str, encoded: str) -> bool:
    algorithm, iterations, salt, expected = encoded.split("$", 3)
    if algorithm != StaffHashParams.algorithm:
        return False
    dk = hashlib.pbkdf2_hmac("sha256", raw.encode(), salt.encode(), int(iterations))
    candidate = base64.b64encode(dk).decode("ascii").strip()
    return hmac.compare_digest(candidate, expected)


class StaffMember(models.Model):
    ROLE_CHOICES = [
        ("estimator", "Estimator"),
        ("bookings", "Bookings coordinator"),
        ("accounts", "Accounts"),
    ]

    username = models.CharField(max_length=64, unique=True)
    full_name = models.CharField(max_length=128)
    role = models.CharField(max_length=16, choices=ROLE_CHOICES)
    password = models.CharField(max_length=256)

    def set_password(self, raw: str) -> None:
        self.password = make_staff_password(raw)

    def check_password(self, raw: str) -> bool:
        return check_staff_password(raw, self.password)
