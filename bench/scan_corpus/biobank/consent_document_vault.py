"""Envelope encryption for consent documents kept in the file vault."""
import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class ConsentDocumentVault:
    def __init__(self, root: Path, key_b64: str | None = None):
        self.root = root
        key = base64.b64decode(key_b64 or os.environ["CONSENT_VAULT_KEY"])
        self._aead = AESGCM(key)

    def _path(self, participant_id: str, form_version: str) -> Path:
        if not participant_id.isalnum() or not form_version.replace(".", "").isalnum():
            raise ValueError("invalid identifier")
        return self.root / participant_id / f"{form_version}.bin"

    def store(self, participant_id: str, form_version: str, document: bytes) -> Path:
        nonce = os.urandom(NONCE_LEN)
        aad = f"{participant_id}/{form_version}".encode()
        sealed = nonce + self._aead.encrypt(nonce, document, aad)
        path = self._path(participant_id, form_version)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sealed)
        return path

    def load(self, participant_id: str, form_version: str) -> bytes:
        sealed = self._path(participant_id, form_version).read_bytes()
        aad = f"{participant_id}/{form_version}".encode()
        return self._aead.decrypt(sealed[:NONCE_LEN], sealed[NONCE_LEN:], aad)
