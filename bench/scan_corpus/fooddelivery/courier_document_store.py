"""Encrypted storage for courier onboarding documents (ID scans, insurance certificates)."""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
DOCUMENT_AAD = b"courier-documents-v2"
DOCUMENT_KINDS = frozenset({"id_front", "id_back", "insurance", "vehicle_registration"})


class CourierDocumentStore:
    def __init__(self, root: str, key: bytes):
        self.root = Path(root)
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "CourierDocumentStore":
        return cls(os.environ["COURIER_DOCS_DIR"], bytes.fromhex(os.environ["COURIER_DOCS_KEY"]))

    def _path(self, courier_id: int, kind: str) -> Path:
        if kind not in DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind: {kind}")
        return self.root / str(int(courier_id)) / f"{kind}.enc"

    def put(self, courier_id: int, kind: str, data: bytes) -> None:
        nonce = os.urandom(NONCE_SIZE)
        blob = nonce + self._aead.encrypt(nonce, data, DOCUMENT_AAD)
        path = self._path(courier_id, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(blob)

    def get(self, courier_id: int, kind: str) -> bytes:
        blob = self._path(courier_id, kind).read_bytes()
        nonce, ciphertext = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
        return self._aead.decrypt(nonce, ciphertext, DOCUMENT_AAD)
