"""Login for the measurement kiosk used by riggers at the dock.

Riggers upload mast and rig measurements from a rugged tablet; each rigger has
their own kiosk password so uploads can be attributed.
"""
import hashlib
import hmac
import os
from typing import NamedTuple

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
KEY_LEN = 64


class StoredSecret(NamedTuple):
    salt: bytes
    key: bytes

    def encode(self) -> str:
        return f"scrypt${SCRYPT_N}${self.salt.hex()}${self.key.hex()}"

    @classmethod
    def decode(cls, value: str) -> "StoredSecret":
        _, _, salt_hex, key_hex = value.split("$")
        return cls(bytes.fromhex(salt_hex), bytes.fromhex(key_hex))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=128 * 1024 * 1024,
        dklen=KEY_LEN,
    )


def enrol_rigger(store, rigger_id: str, password: str) -> None:
    salt = os.urandom(16)
    store.save_secret(rigger_id, StoredSecret(salt, _derive(password, salt)).encode())


def check_rigger(store, rigger_id: str, password: str) -> bool:
    encoded = store.load_secret(rigger_id)
    if not encoded:
        return False
    secret = StoredSecret.decode(encoded)
    return hmac.compare_digest(_derive(password, secret.salt), secret.key)
