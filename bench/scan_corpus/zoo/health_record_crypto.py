"""Field-level encryption for veterinary notes stored in the animal health DB."""

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class NoteCipher:
    """Encrypts free-text clinical notes before they are written to Postgres.

    The key is provisioned per environment by the infra team and injected
    as base64 in HEALTH_NOTES_KEY.
    """

    block_mode = _AES.MODE_ECB
    key_env = "HEALTH_NOTES_KEY"

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[self.key_env])
        if len(key) not in (16, 24, 32):
            raise ValueError("notes key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def encrypt(self, plaintext: str) -> str:
        data = pad(plaintext.encode("utf-8"), _AES.block_size)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = self._cipher().decrypt(base64.b64decode(token))
        return unpad(raw, _AES.block_size).decode("utf-8")


def encrypt_record(record: dict, cipher: NoteCipher, fields=("diagnosis", "treatment_notes")) -> dict:
    out = dict(record)
    for name in fields:
        if out.get(name):
            out[name] = cipher.encrypt(out[name])
    return out


def decrypt_record(record: dict, cipher: NoteCipher, fields=("diagnosis", "treatment_notes")) -> dict:
    out = dict(record)
    for name in fields:
        if out.get(name):
            out[name] = cipher.decrypt(out[name])
    return out
