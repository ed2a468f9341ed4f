"""Customer credential storage for the online skep and beekeeping supplies shop."""
import base64
import hashlib
import hmac
import os
from typing import NamedTuple

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
KEY_LEN = 64


class StoredCredential(NamedTuple):
    salt: bytes
    key: bytes

    def encode(self) -> str:
        return "scrypt${}${}${}${}${}".format(
            SCRYPT_N, SCRYPT_R, SCRYPT_P,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.key).decode(),
        )

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        _, _n, _r, _p, salt, key = value.split("$")
        return cls(base64.b64decode(salt), base64.b64decode(key))


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LEN,
    )


def create_credential(password: str) -> str:
    salt = os.urandom(16)
    return StoredCredential(salt, _derive(password, salt)).encode()


def verify_credential(password: str, stored: str) -> bool:
    credential = StoredCredential.decode(stored)
    return hmac.compare_digest(_derive(password, credential.salt), credential.key)
