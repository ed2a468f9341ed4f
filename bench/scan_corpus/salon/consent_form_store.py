"""Encrypted storage of signed consent forms (patch tests, chemical treatments, photos)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12
TAG_BYTES = 16


class ConsentFormStore:
    def __init__(self, root: Path, key: bytes | None = None):
        self.root = root
        self._key = key or bytes.fromhex(os.environ["CONSENT_STORE_KEY"])
        if len(self._key) != 32:
            raise ValueError("consent store key must be 256 bits")

    def _path(self, salon_id: int, form_id: int) -> Path:
        return self.root / str(int(salon_id)) / f"{int(form_id)}.consent"

    def save(self, salon_id: int, form_id: int, form: dict) -> Path:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(f"{salon_id}/{form_id}".encode())
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(form).encode("utf-8"))

        path = self._path(salon_id, form_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(nonce + tag + ciphertext)
        return path

    def load(self, salon_id: int, form_id: int) -> dict:
        blob = self._path(salon_id, form_id).read_bytes()
        nonce, tag, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:NONCE_BYTES + TAG_BYTES], blob[NONCE_BYTES + TAG_BYTES:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(f"{salon_id}/{form_id}".encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
