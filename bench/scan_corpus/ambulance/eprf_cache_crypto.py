"""Encryption of identifiable ePRF fields in the tablet's offline cache.

Values are stored as base64(nonce || tag || ciphertext). The record id is bound
in as associated data so a value cannot be moved to another record.
"""
import base64
import os

from Crypto.Cipher import AES as _AES

IDENTIFIABLE_FIELDS = ("nhs_number", "patient_name", "date_of_birth", "home_address")
NONCE_LEN = 12
TAG_LEN = 16


class CacheCipher:
    mode = _AES.MODE_GCM
    env_var = "EPRF_CACHE_KEY"

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    @classmethod
    def from_env(cls) -> "CacheCipher":
        return cls(base64.b64decode(os.environ[cls.env_var]))

    def encrypt(self, value: str, record_id: str) -> str:
        cipher = _AES.new(self._key, self.mode, nonce=os.urandom(NONCE_LEN))
        cipher.update(record_id.encode("utf-8"))
        ct, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
        return base64.b64encode(cipher.nonce + tag + ct).decode("ascii")

    def decrypt(self, token: str, record_id: str) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ct = raw[:NONCE_LEN], raw[NONCE_LEN:NONCE_LEN + TAG_LEN], raw[NONCE_LEN + TAG_LEN:]
        cipher = _AES.new(self._key, self.mode, nonce=nonce)
        cipher.update(record_id.encode("utf-8"))
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")

    def seal_record(self, record: dict) -> dict:
        sealed = dict(record)
        for field in IDENTIFIABLE_FIELDS:
            if sealed.get(field):
                sealed[field] = self.encrypt(str(sealed[field]), record["prf_id"])
        return sealed
