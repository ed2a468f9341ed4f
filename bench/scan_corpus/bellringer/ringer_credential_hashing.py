"""Password hashing helpers for the ringer registry portal.

Stored format is ``pbkdf2_sha512$<iterations>$<salt hex>$<hash hex>`` so the
work factor can be raised later without invalidating existing members.
"""
import hashlib
import hmac
import secrets

PBKDF2_CONFIG = {
    "hash_name": "sha512",
    "iterations": 650_000,
}
SALT_BYTES = 16
PREFIX = "pbkdf2_sha512"


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    params = dict(PBKDF2_CONFIG, iterations=iterations)
    return hashlib.pbkdf2_hmac(password=password.encode("utf-8"), salt=salt, **params)


def make_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    iterations = PBKDF2_CONFIG["iterations"]
    digest = _pbkdf2(password, salt, iterations)
    return f"{PREFIX}${iterations}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    try:
        prefix, iterations, salt_hex, hash_hex = encoded.split("$")
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    digest = _pbkdf2(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), hash_hex)


def needs_rehash(encoded: str) -> bool:
    try:
        _, iterations, _, _ = encoded.split("$")
    except ValueError:
        return True
    return int(iterations) < PBKDF2_CONFIG["iterations"]
