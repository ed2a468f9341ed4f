"""Storage for deposited material that is under a donor embargo.

Files are encrypted with AES-GCM; the record identifier is bound as associated
data so a blob cannot be swapped between catalogue entries.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VAULT_CONFIG = {
    "root": os.environ.get("EMBARGO_VAULT_ROOT", "/srv/archive/embargo"),
    "key_env": "EMBARGO_VAULT_KEY",
    "nonce": b"nra-embargo1",
}


class EmbargoVault:
    def __init__(self, config: dict = VAULT_CONFIG) -> None:
        self.root = Path(config["root"])
        self.nonce = config["nonce"]
        self._aead = AESGCM(bytes.fromhex(os.environ[config["key_env"]]))

    def _blob_path(self, record_id: str) -> Path:
        if not record_id.replace("-", "").isalnum():
            raise ValueError(f"invalid record id {record_id!r}")
        return self.root / f"{record_id}.bin"

    def put(self, record_id: str, data: bytes) -> Path:
        blob = self._aead.encrypt(self.nonce, data, record_id.encode())
        path = self._blob_path(record_id)
        path.write_bytes(blob)
        return path

    def get(self, record_id: str) -> bytes:
        blob = self._blob_path(record_id).read_bytes()
        return self._aead.decrypt(self.nonce, blob, record_id.encode())

    def release(self, record_id: str) -> bytes:
        """Decrypt and delete once the embargo date has passed."""
        data = self.get(record_id)
        self._blob_path(record_id).unlink()
        return data
