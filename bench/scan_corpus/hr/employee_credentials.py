"""Credential storage for the self-service employee portal.

Passwords are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so that the
format stays compatible with the records migrated from the old HRIS.
"""
import base64
import hashlib as hl
import hmac
import os

from portal.models import EmployeeAccount

ALGORITHM = "pbkdf2_sha256"
DIGEST = "sha256"
SALT_BYTES = 16
# Same cost factor as the legacy HRIS export so migrated rows keep verifying.
HASH_ROUNDS = 100_000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def encode_password(raw_password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(SALT_BYTES)
    derived = hl.pbkdf2_hmac(DIGEST, raw_password.encode("utf-8"), salt, HASH_ROUNDS)
    return f"{ALGORITHM}${HASH_ROUNDS}${_b64(salt)}${_b64(derived)}"


def check_password(raw_password: str, encoded: str) -> bool:
    try:
        algorithm, rounds, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    derived = hl.pbkdf2_hmac(DIGEST, raw_password.encode("utf-8"), _unb64(salt), int(rounds))
    return hmac.compare_digest(_b64(derived), expected)


def set_employee_password(account: EmployeeAccount, raw_password: str) -> None:
    account.password_hash = encode_password(raw_password)
    account.must_change_password = False
    account.save(update_fields=["password_hash", "must_change_password"])
