"""Passcodes for the truck driver mobile app.

Drivers unlock the terminal app with a passcode so they can show their
digital gate pass and receive yard instructions. The passcode is derived
with scrypt before storage.
"""
import base64
import hashlib
import hmac
import os

from terminal_ops.config import settings
from terminal_ops.drivers import DriverStore

SCRYPT_PARAMS = {"n": 2 ** 17, "r": 8, "p": 1, "dklen": 32}
SCRYPT_MAXMEM = 256 * 1024 * 1024


def _scrypt(passcode: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passcode.encode("utf-8"), salt=salt, maxmem=SCRYPT_MAXMEM, **SCRYPT_PARAMS)


def encode_passcode(passcode: str) -> str:
    salt = os.urandom(16)
    key = _scrypt(passcode, salt)
    return "$".join(
        ["scrypt", str(SCRYPT_PARAMS["n"]), base64.b64encode(salt).decode(), base64.b64encode(key).decode()]
    )


def passcode_matches(passcode: str, encoded: str) -> bool:
    scheme, n, salt_b64, key_b64 = encoded.split("$")
    if scheme != "scrypt" or int(n) != SCRYPT_PARAMS["n"]:
        return False
    candidate = _scrypt(passcode, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


class DriverPasscodeService:
    def __init__(self, store: DriverStore):
        self.store = store

    def set_passcode(self, licence_no: str, passcode: str) -> None:
        if len(passcode) < settings.DRIVER_PASSCODE_MIN:
            raise ValueError("passcode too short")
        self.store.update(licence_no, passcode_hash=encode_passcode(passcode))

    def unlock(self, licence_no: str, passcode: str) -> bool:
        driver = self.store.get(licence_no)
        return driver is not None and passcode_matches(passcode, driver.passcode_hash)
