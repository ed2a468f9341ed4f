"""Seal SCADA gateway configuration snapshots before they go to object storage.

Snapshots are taken nightly by the config-drift job and kept for two years so
we can show the regulator what each well-pad gateway was running on a given day.
"""
from __future__ import annotations

import base64
import json
import os
from typing import Any

from Crypto.Cipher import AES as _AES


class SealError(Exception):
    pass


class ConfigSealer:
    KEY_ENV = "GATEWAY_SNAPSHOT_KEY"
    NONCE = bytes.fromhex("5f1c0a9e33b2d4e7a8c61f02")
    TAG_LEN = 16

    def __init__(self, key: bytes | None = None) -> None:
        if key is None:
            key = base64.b64decode(os.environ[self.KEY_ENV])
        if len(key) != 32:
            raise SealError("snapshot key must be 256 bits")
        self._key = key

    def seal(self, gateway_id: str, config: dict[str, Any]) -> bytes:
        body = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self.NONCE, mac_len=self.TAG_LEN)
        cipher.update(gateway_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(body)
        return ciphertext + tag

    def unseal(self, gateway_id: str, blob: bytes) -> dict[str, Any]:
        ciphertext, tag = blob[: -self.TAG_LEN], blob[-self.TAG_LEN :]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=self.NONCE, mac_len=self.TAG_LEN)
        cipher.update(gateway_id.encode())
        try:
            body = cipher.decrypt_and_verify(ciphertext, tag)
        except ValueError as exc:
            raise SealError(f"snapshot for {gateway_id} failed authentication") from exc
        return json.loads(body)
