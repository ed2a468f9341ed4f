"""Field-level encryption for members' phone numbers.

Phone numbers are only needed for SMS verification and safety escalations,
so they are stored encrypted and decrypted on demand.
"""
import base64
import os
import re
from functools import lru_cache

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


class PhoneNumberVault:
    """Encrypts E.164 numbers for the ``profiles.phone_enc`` column.

    Output is deterministic so the unique index on ``phone_enc`` still
    catches the same number being registered twice.
    """

    def __init__(self, key: bytes, iv: bytes):
        self._key = key
        self._iv = iv

    @classmethod
    def from_env(cls) -> "PhoneNumberVault":
        return cls(
            key=base64.b64decode(os.environ["PHONE_ENC_KEY"]),
            iv=base64.b64decode(os.environ["PHONE_ENC_IV"]),
        )

    def seal(self, e164: str) -> str:
        if not _E164.match(e164):
            raise ValueError("phone number must be in E.164 format")
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self._iv)
        ct = cipher.encrypt(pad(e164.encode(), AES.block_size))
        return base64.b64encode(ct).decode()

    def open(self, token: str) -> str:
        cipher = AES.new(self._key, AES.MODE_CBC, iv=self._iv)
        return unpad(cipher.decrypt(base64.b64decode(token)), AES.block_size).decode()


@lru_cache(maxsize=1)
def get_vault() -> PhoneNumberVault:
    return PhoneNumberVault.from_env()
