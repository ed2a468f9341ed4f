"""Encrypted values in the service's YAML settings.

Values written as ``enc:<base64>`` are decrypted at start-up with the key
from ``SETTINGS_KEY``; everything else is passed through unchanged.
"""
import base64
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

ENC_PREFIX = "enc:"


class SettingsCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("SETTINGS_KEY must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "SettingsCipher":
        return cls(base64.b64decode(os.environ["SETTINGS_KEY"]))

    def _aes(self):
        return AES.new(self._key, AES.MODE_CBC, self._key[: AES.block_size])

    def encrypt(self, plaintext: str) -> str:
        ct = self._aes().encrypt(pad(plaintext.encode("utf-8"), AES.block_size))
        return ENC_PREFIX + base64.b64encode(ct).decode("ascii")

    def decrypt(self, value: str) -> str:
        ct = base64.b64decode(value[len(ENC_PREFIX):])
        return unpad(self._aes().decrypt(ct), AES.block_size).decode("utf-8")


def _walk(node: Any, cipher: SettingsCipher) -> Any:
    if isinstance(node, Mapping):
        return {k: _walk(v, cipher) for k, v in node.items()}
    if isinstance(node, list):
        return [_walk(v, cipher) for v in node]
    if isinstance(node, str) and node.startswith(ENC_PREFIX):
        return cipher.decrypt(node)
    return node


def load_settings(path: Path, cipher: SettingsCipher | None = None) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    return _walk(raw, cipher or SettingsCipher.from_env())
