"""Password storage for back-office staff accounts (clerks, buyers, managers)."""
import base64
import hashlib
import hmac
import os
import re

PASSWORD_POLICY = {
    "min_length": 10,
    "require_digit": True,
}

HASH_SETTINGS = {
    "algorithm": "sha256",
    "iterations": 150_000,
    "salt_bytes": 16,
}

PREFIX = "pbkdf2_sha256"


class PasswordPolicyError(ValueError):
    pass


def check_policy(password: str) -> None:
    if len(password) < PASSWORD_POLICY["min_length"]:
        raise PasswordPolicyError("password is too short")
    if PASSWORD_POLICY["require_digit"] and not re.search(r"\d", password):
        raise PasswordPolicyError("password needs at least one digit")


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_SETTINGS["algorithm"], password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    check_policy(password)
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    iterations = HASH_SETTINGS["iterations"]
    digest = _derive(password, salt, iterations)
    return "$".join([
        PREFIX,
        str(iterations),
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    ])


def verify_password(password: str, encoded: str) -> bool:
    try:
        prefix, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
