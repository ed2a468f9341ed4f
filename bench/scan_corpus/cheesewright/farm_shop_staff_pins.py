"""Staff PIN storage for the farm shop back office."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import NamedTuple

from cheesewright.settings import SHOP_PIN_KDF

KDF_PARAMS = {
    "n": SHOP_PIN_KDF.get("n", 2**17),
    "r": SHOP_PIN_KDF.get("r", 8),
    "p": SHOP_PIN_KDF.get("p", 1),
}


class StoredPin(NamedTuple):
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"{base64.b64encode(self.salt).decode()}:{base64.b64encode(self.digest).decode()}"

    @classmethod
    def decode(cls, value: str) -> "StoredPin":
        salt_b64, digest_b64 = value.split(":", 1)
        return cls(base64.b64decode(salt_b64), base64.b64decode(digest_b64))


def _stretch(pin: str, salt: bytes) -> bytes:
    maxmem = 128 * KDF_PARAMS["r"] * KDF_PARAMS["n"] * 2
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, maxmem=maxmem, **KDF_PARAMS)


def store_pin(pin: str) -> str:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("back office PINs are at least six digits")
    salt = os.urandom(16)
    return StoredPin(salt, _stretch(pin, salt)).encode()


def check_pin(pin: str, stored: str) -> bool:
    record = StoredPin.decode(stored)
    return hmac.compare_digest(_stretch(pin, record.salt), record.digest)
