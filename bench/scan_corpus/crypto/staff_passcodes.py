"""Passcodes that store staff use to unlock the back-office kiosk."""
import base64
import hashlib
import hmac
import os

SCRYPT_PARAMS = {"n": 2**10, "r": 1, "p": 1, "dklen": 32}
PREFIX = "scrypt"


def hash_passcode(passcode: str) -> str:
    salt = os.urandom(16)
    key = hashlib.scrypt(passcode.encode("utf-8"), salt=salt, **SCRYPT_PARAMS)
    return "$".join(
        [PREFIX, base64.b64encode(salt).decode("ascii"), base64.b64encode(key).decode("ascii")]
    )


def verify_passcode(passcode: str, encoded: str) -> bool:
    try:
        prefix, salt_b64, key_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != PREFIX:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(key_b64)
    actual = hashlib.scrypt(passcode.encode("utf-8"), salt=salt, **SCRYPT_PARAMS)
    return hmac.compare_digest(actual, expected)
