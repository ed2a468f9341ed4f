"""Credential handling for print-shop partner portal logins."""
import hashlib
import hmac
import os

from django.db import transaction

from printorders.models import PartnerLogin

PARTNER_PBKDF2_ITERATIONS = 650_000
PARTNER_SALT_BYTES = 16


def hash_partner_password(raw: str, *, iterations: int = PARTNER_PBKDF2_ITERATIONS,
                          salt: bytes = None) -> str:
    salt = salt or os.urandom(PARTNER_SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", raw.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${dk.hex()}"


def _split(encoded: str):
    scheme, iterations, salt_hex, digest_hex = encoded.split("$")
    if scheme != "pbkdf2_sha256":
        raise ValueError(f"unsupported scheme {scheme}")
    return int(iterations), bytes.fromhex(salt_hex), digest_hex


def verify_partner_password(raw: str, encoded: str) -> bool:
    try:
        iterations, salt, digest_hex = _split(encoded)
    except ValueError:
        return False
    candidate = hash_partner_password(raw, iterations=iterations, salt=salt)
    return hmac.compare_digest(candidate.rsplit("$", 1)[1], digest_hex)


@transaction.atomic
def login_partner(shop_code: str, raw_password: str):
    login = PartnerLogin.objects.select_for_update().filter(shop_code=shop_code).first()
    if login is None or not verify_partner_password(raw_password, login.password):
        return None
    iterations, _, _ = _split(login.password)
    if iterations < PARTNER_PBKDF2_ITERATIONS:
        login.password = hash_partner_password(raw_password)
        login.save(update_fields=["password"])
    return login
