"""Carrier portal logins (rate desks and their account managers)."""

import hashlib
import hmac
import os

from django.db import transaction

from carriers.models import CarrierUser

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
PBKDF2_ITERATIONS = 600_000
PBKDF2_ALGORITHM = "sha256"
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 12


def hash_password(password: str, salt: bytes | None = None, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = salt or os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{PBKDF2_ALGORITHM}${iterations}${salt.hex()}${dk.hex()}"


def check_password(password: str, encoded: str) -> bool:
    algo, iterations, salt_hex, hash_hex = encoded.split("$")
    if algo != f"pbkdf2_{PBKDF2_ALGORITHM}":
        return False
    candidate = hash_password(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate.split("$")[-1], hash_hex)


@transaction.atomic
def create_carrier_user(carrier_id: int, email: str, password: str) -> CarrierUser:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError("password too short")
    return CarrierUser.objects.create(
        carrier_id=carrier_id,
        email=email.strip().lower(),
        password=hash_password(password),
    )


def login(email: str, password: str) -> CarrierUser | None:
    user = CarrierUser.objects.filter(email=email.strip().lower(), is_active=True).first()
    if user and check_password(password, user.password):
        return user
    return None
