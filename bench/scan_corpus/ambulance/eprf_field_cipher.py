"""Field-level encryption for ePRF records cached on crew tablets.

The tablet keeps recent patient report forms in a local SQLite cache so crews
can keep working in areas without signal. Identifiable fields are encrypted
before they are written to the cache.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

IDENTIFIABLE_FIELDS = ("nhs_number", "patient_name", "date_of_birth", "home_address")


class FieldCipher:
    """Encrypts and decrypts the identifiable fields of a patient report form."""

    block_mode = _AES.MODE_ECB
    env_var = "EPRF_FIELD_KEY"

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "FieldCipher":
        return cls(base64.b64decode(os.environ[cls.env_var]))

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def encrypt(self, value: str) -> str:
        ct = self._cipher().encrypt(pad(value.encode("utf-8"), _AES.block_size))
        return base64.b64encode(ct).decode("ascii")

    def decrypt(self, token: str) -> str:
        pt = unpad(self._cipher().decrypt(base64.b64decode(token)), _AES.block_size)
        return pt.decode("utf-8")

    def seal_record(self, record: dict) -> dict:
        sealed = dict(record)
        for field in IDENTIFIABLE_FIELDS:
            if sealed.get(field):
                sealed[field] = self.encrypt(str(sealed[field]))
        return sealed

    def open_record(self, record: dict) -> dict:
        opened = dict(record)
        for field in IDENTIFIABLE_FIELDS:
            if opened.get(field):
                opened[field] = self.decrypt(opened[field])
        return opened
