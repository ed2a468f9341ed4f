"""Encrypted store for desktop preferences that include account credentials.

The store key lives in the OS keyring; the file itself sits in the user's
config directory next to the plain settings.ini.
"""
import json
import os
from pathlib import Path

import keyring
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

SERVICE = "fieldlink-desktop"
KEY_NAME = "config-store-key"


def _load_key() -> bytes:
    stored = keyring.get_password(SERVICE, KEY_NAME)
    if stored is None:
        key = get_random_bytes(32)
        keyring.set_password(SERVICE, KEY_NAME, key.hex())
        return key
    return bytes.fromhex(stored)


class ConfigStore:
    def __init__(self, path: Path):
        self.path = path
        self._key = _load_key()

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def save(self, data: dict) -> None:
        raw = json.dumps(data, sort_keys=True).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(self._cipher().encrypt(pad(raw, AES.block_size)))
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def load(self) -> dict:
        if not self.path.exists():
            return {}
        blob = self.path.read_bytes()
        return json.loads(unpad(self._cipher().decrypt(blob), AES.block_size))

    def get(self, key: str, default=None):
        return self.load().get(key, default)

    def set(self, key: str, value) -> None:
        data = self.load()
        data[key] = value
        self.save(data)
