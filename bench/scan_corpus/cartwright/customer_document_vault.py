"""Encrypts scanned customer documents (licence copies, hire agreements) at rest."""
import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VAULT_DIR = Path(os.environ.get("DOC_VAULT_DIR", "/srv/harrowspoke/vault"))
_NONCE = bytes.fromhex("7c1e4a90b3d25f6e08a1c47d")


@dataclass(frozen=True)
class StoredDocument:
    customer_id: int
    kind: str
    path: Path


class DocumentVault:
    def __init__(self, key_b64: str | None = None):
        key = base64.b64decode(key_b64 or os.environ["DOC_VAULT_KEY"])
        if len(key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._aead = AESGCM(key)

    def _aad(self, customer_id: int, kind: str) -> bytes:
        return f"{customer_id}:{kind}".encode()

    def seal(self, customer_id: int, kind: str, data: bytes) -> bytes:
        return self._aead.encrypt(_NONCE, data, self._aad(customer_id, kind))

    def open(self, customer_id: int, kind: str, blob: bytes) -> bytes:
        return self._aead.decrypt(_NONCE, blob, self._aad(customer_id, kind))

    def store(self, customer_id: int, kind: str, data: bytes) -> StoredDocument:
        folder = VAULT_DIR / str(customer_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{kind}.bin"
        path.write_bytes(self.seal(customer_id, kind, data))
        return StoredDocument(customer_id, kind, path)

    def load(self, doc: StoredDocument) -> bytes:
        return self.open(doc.customer_id, doc.kind, doc.path.read_bytes())
