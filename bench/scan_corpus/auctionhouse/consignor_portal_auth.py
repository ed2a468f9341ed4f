"""Password handling for the consignor self-service portal.

Consignors log in to follow their lots through cataloguing, sale and
settlement. Staff accounts use Django's auth; this module only covers the
separate consignor login table.
"""

import base64
import hashlib
import hmac
import os

from django.conf import settings

PASSWORD_POLICY = {
    "algorithm": "sha256",
    "iterations": 120_000,
    "salt_bytes": 16,
    "min_length": 10,
}


def _policy(key):
    overrides = getattr(settings, "CONSIGNOR_PASSWORD_POLICY", {})
    return overrides.get(key, PASSWORD_POLICY[key])


def _derive(raw_password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(_policy("algorithm"), raw_password.encode("utf-8"), salt, iterations)


def hash_password(raw_password: str) -> str:
    if len(raw_password) < _policy("min_length"):
        raise ValueError("password too short")
    salt = os.urandom(_policy("salt_bytes"))
    iterations = _policy("iterations")
    digest = _derive(raw_password, salt, iterations)
    return "$".join([
        "pbkdf2",
        str(iterations),
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    ])


def verify_password(raw_password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2":
        return False
    candidate = _derive(raw_password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
